package app.leadkeeper.leads;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Lead operations inside a transaction that another feature runs (an import is one transaction over many leads).
 * Obtained from {@link LeadService#writer(DSLContext)}; phones are normalised and leads validated as the service does.
 * The search index learns about the changes when the caller reports the commit with {@link #committed()}.
 */
public final class LeadWriter {
    /** The pipeline as this transaction sees it, read on the first update. */
    private StageRecords stages;

    private final DSLContext tx;
    private final LeadRepository repository;
    private final LeadService service;
    private final OffsetDateTime now;
    private final List<Long> touched = new ArrayList<>();
    private final List<Long> erased = new ArrayList<>();

    LeadWriter(DSLContext tx, LeadRepository repository, LeadService service, OffsetDateTime now) {
        this.tx = tx;
        this.repository = repository;
        this.service = service;
        this.now = now;
    }

    /** Ids of leads by their email key (trimmed, lower-cased email). */
    public Map<String, Long> idsByEmail(Collection<String> emailKeys) {
        return repository.idsByEmailKey(tx, emailKeys);
    }

    /** Ids of leads by their E.164 phone. */
    public Map<String, Long> idsByPhone(Collection<String> phonesE164) {
        return repository.idsByPhone(tx, phonesE164);
    }

    public Optional<Lead> find(long id) {
        return repository.find(tx, id);
    }

    /** Inserts new leads; their phones are normalised here. */
    public long[] insert(List<LeadData> leads) {
        List<String> phones = new ArrayList<>(leads.size());
        for (LeadData lead : leads) {
            phones.add(service.normalizePhone(lead.phone()).orElse(null));
        }
        return insert(leads, phones);
    }

    /** Inserts new leads whose phones the caller already normalised (E.164 or null), in the same order. */
    public long[] insert(List<LeadData> leads, List<String> phonesE164) {
        long[] ids = repository.insertBatch(tx, leads, phonesE164, now);
        for (long id : ids) {
            touched.add(id);
        }
        return ids;
    }

    /** Writes new data over a lead; returns its new revision. */
    public int update(long id, LeadData data) {
        String e164 = service.normalizePhone(data.phone()).orElse(null);
        if (stages == null) {
            stages = StageRecords.load(tx);
        }
        if (!repository.update(tx, id, data, e164, now, ChangeCause.IMPORT, stages)) {
            throw new IllegalStateException("lead " + id + " vanished inside the transaction");
        }
        touched.add(id);
        return repository.find(tx, id).orElseThrow().revision();
    }

    public boolean delete(long id) {
        touched.add(id);
        return repository.delete(tx, id);
    }

    /**
     * Makes the lead the anonymous placeholder of an erased person: nothing personal stays, what the funnel and the
     * channel figures count does (see {@link LeadRepository#anonymize}). False when there is no such lead.
     *
     * @param listedLostReasons the pipeline's lost reasons: a lost reason among them stays, a typed one does not
     */
    public boolean anonymize(long id, Collection<String> listedLostReasons) {
        boolean done = repository.anonymize(tx, id, listedLostReasons, now);
        if (done) {
            erased.add(id);
        }
        return done;
    }

    /** Tells the service the transaction committed, so that search sees the changes. */
    public void committed() {
        service.changedOutside(touched);
        service.erasedOutside(erased);
    }
}
