package dev.retort.runtime.internal;

import dev.retort.migration.JdbcCallback;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checksums a migration by what it does, not how it is written: the SHA-256 of a canonical text
 * of its parents, transaction mode and upgrade operations. Formatting, comments, the message and
 * the downgrade body do not count; any change to what the upgrade does, does.
 */
public final class Checksums {

  private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

  private Checksums() {}

  /** The checksum of the migration's upgrade, as 64 lower-case hex digits. */
  public static String of(Migration migration) {
    Operations builder = new Operations();
    migration.upgrade(builder);
    return of(migration.revision().parents(), migration.revision().transactional(), builder.operations());
  }

  /** The checksum of an upgrade given by its parts. */
  public static String of(List<String> parents, boolean transactional, List<Operation> operations) {
    StringBuilder canonical = new StringBuilder("retort-checksum-1\n");
    canonical.append("parents=");
    appendValue(canonical, parents);
    canonical.append("\ntransactional=").append(transactional).append('\n');
    for (Operation operation : operations) {
      appendValue(canonical, operation);
      canonical.append('\n');
    }
    return sha256(canonical.toString());
  }

  /** The canonical text of one operation, as it enters the checksum. */
  public static String canonical(Operation operation) {
    StringBuilder text = new StringBuilder();
    appendValue(text, operation);
    return text.toString();
  }

  private static void appendValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      appendString(out, text);
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof Enum<?> constant) {
      out.append(constant.name());
    } else if (value instanceof Collection<?> items) {
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          out.append(',');
        }
        first = false;
        appendValue(out, item);
      }
      out.append(']');
    } else if (value instanceof Record record) {
      appendRecord(out, record);
    } else {
      throw new IllegalArgumentException("cannot checksum a " + value.getClass().getName());
    }
  }

  private static void appendRecord(StringBuilder out, Record record) {
    out.append(record.getClass().getSimpleName()).append('(');
    boolean first = true;
    for (RecordComponent component : COMPONENTS.computeIfAbsent(record.getClass(), Class::getRecordComponents)) {
      if (component.getType() == JdbcCallback.class) {
        // Compiled code has no stable text; the step's description stands for it.
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      out.append(component.getName()).append('=');
      try {
        appendValue(out, component.getAccessor().invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
      }
    }
    out.append(')');
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    out.append('"');
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
