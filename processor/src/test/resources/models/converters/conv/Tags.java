package conv;

import java.util.List;

/** Labels kept in one comma-separated column through a converter. */
public record Tags(List<String> values) {}
