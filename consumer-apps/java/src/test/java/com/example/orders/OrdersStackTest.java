package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cdkcognitoappclient.Finding;
import io.github.cdkcognitoappclient.UserPoolClientChecks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

class OrdersStackTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Synthesizes into a folder of the test's own, which JUnit removes. */
    @TempDir
    Path outdir;

    private App newApp() {
        return new App(AppProps.builder().outdir(outdir.toString()).build());
    }

    @Test
    void theTemplateMatchesTheSnapshot() throws IOException {
        Template template = Template.fromStack(new OrdersStack(newApp(), "Orders", false));
        JsonNode snapshot;
        try (InputStream in = OrdersStackTest.class.getResourceAsStream("/orders.template.json")) {
            snapshot = JSON.readTree(in);
        }
        // Both sides as JSON text read by one parser, so numbers compare as numbers.
        assertEquals(snapshot, JSON.readTree(JSON.writeValueAsString(template.toJSON())));
    }

    @Test
    void aClientWith2DayAccessTokensFailsSynthWithUpc11() {
        App app = newApp();
        new OrdersStack(app, "Orders", true);
        RuntimeException failure = assertThrows(RuntimeException.class, app::synth);
        assertTrue(failure.getMessage().contains("Validation failed"), failure.getMessage());
        // The report CDK printed names the rule; the findings say which client broke it.
        List<String> found = UserPoolClientChecks.findings(app).stream()
                .map((Finding f) -> f.getRuleId() + " " + f.getSeverity() + " " + f.getPath())
                .collect(Collectors.toList());
        assertTrue(found.contains("UPC11 ERROR Orders/Reporter/Resource"), found.toString());
    }
}
