package app.leadkeeper.privacy;

import app.leadkeeper.data.AppSettings;
import app.leadkeeper.importing.SuppressionList;
import app.leadkeeper.leads.EmailAddresses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The suppression list of erased people, kept as salted hashes: SHA-256 of the data folder's own random salt followed
 * by the email address as imports match it (trimmed, lower-cased) or, for a person without an email, the phone number
 * in E.164. Imports ask it about every row ({@link SuppressionList}): a row with a listed email, or without an email
 * and with a listed phone, is skipped. The address itself is never stored. The salt lives in the database beside the
 * list (setting {@value #SALT_SETTING}), so a backup or a copied folder keeps recognising the same people, while the
 * hashes cannot be compared with another folder's or looked up in a table of common addresses.
 */
public final class SuppressionService implements SuppressionList {
    static final String SALT_SETTING = "privacy.salt";

    private final DSLContext dsl;
    private final SuppressionRepository repository;
    private final AppSettings settings;
    private volatile String salt;

    public SuppressionService(DSLContext dsl, SuppressionRepository repository, AppSettings settings) {
        this.dsl = dsl;
        this.repository = repository;
        this.settings = settings;
    }

    /**
     * Puts a person on the list inside the caller's transaction: their email, else their phone, else nothing (a
     * person with neither cannot be recognised in a file). Returns what was listed.
     */
    public SuppressedBy suppress(DSLContext tx, String email, String phoneE164, OffsetDateTime at) {
        String emailKey = EmailAddresses.key(email);
        if (emailKey != null) {
            repository.add(tx, hash(salt(), emailKey), SuppressedBy.EMAIL, at);
            return SuppressedBy.EMAIL;
        }
        if (phoneE164 != null && !phoneE164.isBlank()) {
            repository.add(tx, hash(salt(), phoneE164.strip()), SuppressedBy.PHONE, at);
            return SuppressedBy.PHONE;
        }
        return SuppressedBy.NOTHING;
    }

    /** Whether an email address belongs to an erased person. */
    public boolean isSuppressed(String email) {
        String key = EmailAddresses.key(email);
        return key != null && repository.contains(dsl, hash(salt(), key));
    }

    @Override
    public Check load(DSLContext tx) {
        Set<String> hashes = repository.hashes(tx);
        if (hashes.isEmpty()) {
            return (emailKey, phoneE164) -> false;
        }
        String folderSalt = salt();
        // Rows without an email are matched on the phone, as imports match them to stored leads.
        return (emailKey, phoneE164) -> emailKey != null
                ? hashes.contains(hash(folderSalt, emailKey))
                : phoneE164 != null && hashes.contains(hash(folderSalt, phoneE164));
    }

    /** The data folder's salt, made on first use: 16 random bytes, in hex. */
    String salt() {
        String known = salt;
        if (known == null) {
            known = settings.get(SALT_SETTING).orElseGet(() -> {
                byte[] bytes = new byte[16];
                new SecureRandom().nextBytes(bytes);
                return settings.putIfAbsent(SALT_SETTING, HexFormat.of().formatHex(bytes));
            });
            salt = known;
        }
        return known;
    }

    /** SHA-256 of the salt and the value, in lower-case hex. */
    static String hash(String salt, String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
