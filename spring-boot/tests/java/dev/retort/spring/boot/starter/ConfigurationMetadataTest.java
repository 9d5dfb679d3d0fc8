package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/** The configuration metadata IDEs complete {@code retort.*} from, as the starter's jar carries it. */
class ConfigurationMetadataTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> properties() throws Exception {
    try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the starter's spring-configuration-metadata.json").isNotNull();
      Map<String, Object> metadata = JsonParserFactory.getJsonParser().parseMap(new String(in.readAllBytes(),
          StandardCharsets.UTF_8));
      Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
      for (Object property : (List<Object>) metadata.get("properties")) {
        Map<String, Object> entry = (Map<String, Object>) property;
        byName.put((String) entry.get("name"), entry);
      }
      return byName;
    }
  }

  @Test
  void everyRetortPropertyHasADescriptionForTheIde() throws Exception {
    Map<String, Map<String, Object>> properties = properties();
    assertThat(properties.keySet()).contains("retort.enabled", "retort.url", "retort.user", "retort.password",
        "retort.history-table", "retort.history-schema", "retort.lock-timeout", "retort.lock-wait-timeout",
        "retort.lock-retries", "retort.statement-timeout", "retort.target", "retort.connect-retries",
        "retort.connect-retries-interval", "retort.validate-only", "retort.future-revisions");
    properties.forEach((name, entry) -> assertThat((String) entry.get("description")).as(name).isNotBlank());
  }

  @Test
  void theLockWaitPropertiesShowTheRuntimesDefaults() throws Exception {
    Map<String, Map<String, Object>> properties = properties();
    assertThat(properties.get("retort.lock-wait-timeout")).containsEntry("defaultValue", "5s")
        .containsEntry("type", "java.time.Duration");
    assertThat(properties.get("retort.lock-retries")).containsEntry("defaultValue", 3);
    assertThat(properties.get("retort.statement-timeout")).doesNotContainKey("defaultValue");
  }
}
