package ord;

import jakarta.persistence.*;
import java.util.List;

@Entity
public class Playlist {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ElementCollection @OrderColumn List<String> lines;
  @ElementCollection @OrderColumn(name = "position") @CollectionTable(name = "playlist_notes") List<String> notes;
  @ManyToMany @OrderColumn List<Song> songs;
  @OneToMany @OrderColumn @JoinTable(name = "playlist_highlights") List<Song> highlights;
}
