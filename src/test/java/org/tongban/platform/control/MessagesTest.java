package org.tongban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(keys("en"), keys("zh_CN"));
    }

    @Test
    void everyKeyUsedInCodeOrPagesExists() throws IOException {
        Set<String> known = keys("en");
        Pattern javaKey = Pattern.compile("\"((?:error|validation|identity|jurisdiction|login|register|audit|staff|catalogue|calendar|cases|notification)\\.[A-Za-z.]+)\"");
        Pattern pageKey = Pattern.compile("msg\\['([A-Za-z.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("webapp"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xhtml")).toList()) {
                    String text = Files.readString(file);
                    for (Pattern pattern : List.of(javaKey, pageKey)) {
                        Matcher m = pattern.matcher(text);
                        while (m.find()) {
                            if (!known.contains(m.group(1)) && !m.group(1).endsWith(".")) {
                                missing.add(m.group(1) + " (" + file.getFileName() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing message keys: " + missing);
    }

    @Test
    void messagesAreFormattedInTheNegotiatedLanguage() {
        assertEquals(Messages.ENGLISH, Messages.negotiate(List.of(Locale.forLanguageTag("en-GB"))));
        assertEquals(Messages.CHINESE, Messages.negotiate(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("zh-TW"))));
        assertEquals(Messages.CHINESE, Messages.negotiate(List.of()));
        assertEquals("Use at least 12 characters.", Messages.format(Messages.ENGLISH, "identity.password.short", 12));
        assertEquals("密码至少需要 12 个字符。", Messages.format(Messages.CHINESE, "identity.password.short", 12));
    }

    private static Set<String> keys(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/tongban/platform/i18n/messages_" + suffix + ".properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
