package app.leadkeeper.privacy;

import static app.leadkeeper.db.Tables.SUPPRESSION;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;

/** The suppression list: salted hashes of erased people's email addresses (or phone numbers). */
public final class SuppressionRepository {

    /** Adds a hash; one already listed stays as it was. */
    public void add(DSLContext dsl, String hash, SuppressedBy kind, OffsetDateTime at) {
        dsl.insertInto(SUPPRESSION, SUPPRESSION.HASH, SUPPRESSION.KIND, SUPPRESSION.SUPPRESSED_AT)
                .values(hash, kind.name(), at)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** Every hash on the list: one per erased person, few enough to hold for an import. */
    public Set<String> hashes(DSLContext dsl) {
        return new HashSet<>(dsl.select(SUPPRESSION.HASH).from(SUPPRESSION).fetch(SUPPRESSION.HASH));
    }

    public boolean contains(DSLContext dsl, String hash) {
        return dsl.fetchExists(SUPPRESSION, SUPPRESSION.HASH.eq(hash));
    }
}
