package dev.retort.read;

import dev.retort.message.Message;
import dev.retort.model.Column;
import dev.retort.model.Sequence;
import dev.retort.processor.Reporter;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** State shared by the readers of one compile: javac's utilities, options, entities, converters and sequences. */
final class ReadContext {

  final Types types;
  final Reporter reporter;
  final NamingStrategy naming;
  final TypeMapper typeMapper;
  final AttributeScanner scanner;
  final Converters converters;
  final Map<String, EntityInfo> entities = new HashMap<>();
  final Map<String, Jpa> sequenceGenerators = new HashMap<>();
  final Map<String, Jpa> tableGenerators = new HashMap<>();
  final GeneratorTables generatorTables = new GeneratorTables(this);
  final Map<String, Sequence> sequences = new TreeMap<>();

  ReadContext(ProcessingEnvironment env, Reporter reporter, NamingStrategy naming) {
    this.types = env.getTypeUtils();
    this.reporter = reporter;
    this.naming = naming;
    this.typeMapper = new TypeMapper(env.getTypeUtils(), env.getElementUtils());
    this.scanner = new AttributeScanner(env.getTypeUtils());
    this.converters = new Converters(env.getTypeUtils(), reporter);
  }

  /** The entity {@code type} names, if it is one being compiled. */
  EntityInfo entity(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return entities.get(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
  }

  /** Adds {@code column} to {@code table}, reporting a column two attributes share; false when it was taken. */
  boolean addColumn(TableBuilder table, Column column, String physical, Element origin, String originName) {
    if (Identifiers.bytes(column.name()) > Identifiers.MAX_BYTES) {
      reporter.error(origin, Message.NAME_TOO_LONG, "column", column.name(), originName, Identifiers.bytes(column.name()),
          "@Column(name = \"...\")");
      return false;
    }
    TableBuilder.Entry taken = table.add(column, physical, origin, originName);
    if (taken != null) {
      reporter.error(origin, Message.DUPLICATE_COLUMN, originName, column.name(), table.name(), taken.originName());
      return false;
    }
    return true;
  }

  void sequence(Sequence sequence) {
    sequences.putIfAbsent(sequence.name().toString(), sequence);
  }
}
