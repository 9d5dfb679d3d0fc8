package dev.retort.processor;

import dev.retort.model.SchemaModel;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes the model read on this compile to the class output as {@value #PATH}, in the snapshot format. */
public final class ModelResource {

  /** Where the model goes, relative to the class output. */
  public static final String PATH = "META-INF/retort/model.snapshot";

  private final Filer filer;
  private final Reporter reporter;

  ModelResource(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /** The model's text as this resource holds it: the snapshot format without a head revision. */
  static String text(SchemaModel model) {
    return SnapshotFormat.write(new Snapshot(null, model));
  }

  /** Writes {@code text}, which is {@link #text(SchemaModel)} of the model read on this compile. */
  void write(String text) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Writer writer = file.openWriter()) {
        writer.write(text);
      }
    } catch (IOException | RuntimeException e) {
      reporter.error(null, ProcessorMessage.PROCESSOR_FAILED, PATH, e);
    }
  }
}
