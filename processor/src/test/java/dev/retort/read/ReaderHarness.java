package dev.retort.read;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.retort.processor.Reporter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/** Compiles sources with a processor that only runs {@link SchemaReader}, and hands back the reader after its read. */
final class ReaderHarness {

  /** The compilation and the reader, which read the sources' entities once. */
  record Result(Compilation compilation, SchemaReader reader) {}

  private ReaderHarness() {}

  static Result read(NamingStrategy naming, JavaFileObject... sources) {
    ReadingProcessor processor = new ReadingProcessor(naming);
    Compilation compilation = javac().withProcessors(processor).compile(sources);
    return new Result(compilation, processor.reader);
  }

  private static final class ReadingProcessor extends AbstractProcessor {

    private final NamingStrategy naming;
    private SchemaReader reader;

    ReadingProcessor(NamingStrategy naming) {
      this.naming = naming;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("jakarta.persistence.Entity");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (reader == null && !annotations.isEmpty()) {
        reader = new SchemaReader(processingEnv, new Reporter(processingEnv.getMessager()), naming);
        List<TypeElement> entities = annotations.stream().flatMap(a -> round.getElementsAnnotatedWith(a).stream())
            .map(TypeElement.class::cast).collect(Collectors.toList());
        reader.read(entities);
      }
      return false;
    }
  }
}
