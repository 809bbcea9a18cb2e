package app.leadkeeper.importing;

import java.time.OffsetDateTime;

/** A saved column mapping, chosen again for files whose header has the same signature. */
public record ImportProfile(
        String name, String headerSignature, String sourceTool, String mapping, OffsetDateTime updatedAt) {}
