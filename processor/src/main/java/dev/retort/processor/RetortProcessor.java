package dev.retort.processor;

import com.google.auto.service.AutoService;
import dev.retort.model.SchemaModel;
import dev.retort.read.SchemaReader;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Retort's annotation processor: reads the {@code @Entity} classes into the schema model, writes
 * that model to the class output as {@code META-INF/retort/model.snapshot}, and (unless
 * {@code retort.mode} says otherwise) writes the next migration when the entities differ from the
 * committed snapshot, plus the index of migrations the runtime reads at boot.
 */
@AutoService(Processor.class)
public final class RetortProcessor extends AbstractProcessor {

  private static final Set<String> ENTITY = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
  private static final Set<String> CONVERTER = Set.of("jakarta.persistence.Converter", "javax.persistence.Converter");
  private static final Set<String> SUPPORTED;

  static {
    Set<String> supported = new LinkedHashSet<>(ENTITY);
    supported.addAll(CONVERTER);
    SUPPORTED = Set.copyOf(supported);
  }

  private final Consumer<SchemaModel> modelListener;
  private final Set<String> entityNames = new LinkedHashSet<>();
  private final Set<String> converterNames = new LinkedHashSet<>();
  private Reporter reporter;
  private boolean read;
  private ProcessorOptions options;

  /** The processor as javac's service loader creates it. */
  public RetortProcessor() {
    this(model -> {});
  }

  /** For tests: {@code modelListener} receives the model whenever one is read without errors. */
  RetortProcessor(Consumer<SchemaModel> modelListener) {
    this.modelListener = modelListener;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new Reporter(env.getMessager());
    options = ProcessorOptions.parse(env.getOptions(), reporter);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return SUPPORTED;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.ALL;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (options.mode() == ProcessorOptions.Mode.OFF) {
      return false;
    }
    for (TypeElement annotation : annotations) {
      // Converters matter only when they auto-apply, which the reader decides.
      Set<String> names = CONVERTER.contains(annotation.getQualifiedName().toString()) ? converterNames : entityNames;
      round.getElementsAnnotatedWith(annotation).forEach(e -> {
        if (e instanceof TypeElement type) {
          names.add(type.getQualifiedName().toString());
        }
      });
    }
    // Read once, in the first round that has entities and is not the last: a migration generated
    // then is compiled by this same build, so `mvn compile exec:java` applies it at once.
    boolean ready = !entityNames.isEmpty() || round.processingOver();
    if (!read && ready && reporter.errorCount() == 0) {
      read = true;
      // Types are re-resolved by name because elements of earlier rounds must not be reused.
      Set<TypeElement> entities = resolve(entityNames);
      Set<TypeElement> converters = resolve(converterNames);
      Element at = entities.isEmpty() ? null : entities.iterator().next();
      String stage = "reading the entities " + names(entities);
      try {
        SchemaReader reader = new SchemaReader(processingEnv, reporter, options.naming(),
            options.hibernateLine(processingEnv.getElementUtils()));
        SchemaModel model = reader.read(entities, converters);
        if (reporter.errorCount() == 0) {
          stage = "writing the model of the entities " + names(entities);
          String modelText = ModelResource.text(model);
          new ModelResource(processingEnv.getFiler(), reporter).write(modelText);
          modelListener.accept(model);
          if (!options.autoQuoteKeyword()) {
            stage = "checking the names of the entities " + names(entities);
            new ReservedWordCheck(reporter).run(model, reader.renameDeclarations());
          }
          stage = "generating the next migration of the entities " + names(entities);
          new MigrationGeneration(processingEnv, reporter, options)
              .run(model, modelText, entities, reader.renameDeclarations(), reader.hibernateLine());
        }
      } catch (RuntimeException | StackOverflowError e) {
        // A bug must not reach javac as a crash with a stack trace and no element: it is an error on the entities.
        reporter.error(at, ProcessorMessage.PROCESSOR_CRASHED, stage, describe(e));
      }
    }
    return false;
  }

  private static String names(Set<TypeElement> types) {
    return types.stream().map(t -> t.getSimpleName().toString()).collect(Collectors.joining(", "));
  }

  /** The exception and the first frame of Retort's own code it passed, which is what a bug report needs. */
  private static String describe(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.retort.")) {
        return e + " (at " + frame + ")";
      }
    }
    return e.toString();
  }

  private Set<TypeElement> resolve(Set<String> names) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (String name : names) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    return types;
  }
}
