package app.leadkeeper.leads;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.TextKeys;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.AppSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Everything other code may do with leads. One transaction per action; validation and phone normalisation happen
 * here, so no caller can write a lead that skipped them.
 */
public final class LeadService {
    /** Grows with every write to leads through this service, so that figures computed from them know when to renew. */
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Up to this many search matches are handed to the repository as ids (a page of them is picked out of the sort
     * index); beyond, matches are so dense that walking the sort index with LIKE fills a page at once.
     */
    static final int ID_LIMIT = 50_000;

    static final String PHONE_REGION_SETTING = "phone.region";

    private final DSLContext dsl;
    private final LeadRepository repository;
    private final SearchIndex searchIndex;
    private final AppSettings settings;
    private final Clock clock;
    private volatile PhoneNumbers phones;

    public LeadService(
            DSLContext dsl, LeadRepository repository, SearchIndex searchIndex, AppSettings settings, Clock clock) {
        this.dsl = dsl;
        this.repository = repository;
        this.searchIndex = searchIndex;
        this.settings = settings;
        this.clock = clock;
        String region = settings.get(PHONE_REGION_SETTING)
                .filter(PhoneNumbers::isSupportedRegion)
                .orElse(PhoneNumbers.regionOfLocale(Locale.getDefault()));
        this.phones = new PhoneNumbers(region);
    }

    /** The phone parser for the current default region. */
    /** A number that changes whenever leads were written (created, edited, moved, deleted, imported). */
    public long version() {
        return version.get();
    }

    /** For writers that change leads beside this service (demo journeys, stage deletion): figures must renew. */
    public void markChanged() {
        version.incrementAndGet();
    }

    public PhoneNumbers phoneNumbers() {
        return phones;
    }

    public String phoneRegion() {
        return phones.defaultRegion();
    }

    /** Changes the region that numbers without a country code are read in. */
    public void setPhoneRegion(String region) {
        if (!PhoneNumbers.isSupportedRegion(region)) {
            throw new UserException("\"" + region + "\" is not a known phone region (use a two-letter country code).");
        }
        settings.put(PHONE_REGION_SETTING, region.toUpperCase(Locale.ROOT));
        phones = new PhoneNumbers(region);
    }

    public Validation validate(LeadData data) {
        return new LeadValidator(phones).validate(data);
    }

    public Lead create(LeadData data) {
        requireValid(data);
        String e164 = phones.toE164(data.phone()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = dsl.transactionResult(cfg -> repository.insert(cfg.dsl(), data, e164, now));
        searchIndex.put(id, SearchText.of(data, e164));
        markChanged();
        return find(id).orElseThrow();
    }

    public Lead update(long id, LeadData data) {
        requireValid(data);
        String e164 = phones.toE164(data.phone()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean found = dsl.transactionResult(cfg -> repository.update(cfg.dsl(), id, data, e164, now));
        if (!found) {
            throw new UserException("Lead " + id + " no longer exists.");
        }
        searchIndex.put(id, SearchText.of(data, e164));
        markChanged();
        return find(id).orElseThrow();
    }

    /**
     * Moves a lead to another stage of the funnel (kept in its stage history, cause HAND). Moving to a won stage
     * records when and for how much; to a lost stage, why; to an open stage, the lead is no longer won or lost. Hands
     * back what is needed to undo the move.
     */
    public StageMove moveToStage(long id, long stageId, StageOutcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StageMove move = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Lead before =
                    repository.find(tx, id).orElseThrow(() -> new UserException("Lead " + id + " no longer exists."));
            Long furthest = repository.furthestStage(tx, id);
            LeadData moved = before.data().toBuilder()
                    .stageId(stageId)
                    .wonAt(outcome.wonAt())
                    .revenue(
                            outcome.revenue() != null
                                    ? outcome.revenue()
                                    : before.data().revenue())
                    .lostReason(outcome.lostReason())
                    .build();
            repository.update(tx, id, moved, before.phoneE164(), now, ChangeCause.HAND);
            Long change = before.data().stageId() != null && before.data().stageId() == stageId
                    ? null
                    : repository.lastStageChange(tx, id);
            return new StageMove(before, furthest, change, stageId);
        });
        markChanged();
        return move;
    }

    /** Puts a lead back where it stood before {@code move}, and forgets the move in its stage history. */
    public void undoMove(StageMove move) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.transaction(cfg -> repository.revertStageMove(cfg.dsl(), move, now));
        markChanged();
    }

    /** Deletes a lead and hands back what it was, so that the caller can offer to undo. */
    public Optional<Lead> delete(long id) {
        Optional<Lead> deleted = dsl.transactionResult(cfg -> {
            Optional<Lead> lead = repository.find(cfg.dsl(), id);
            lead.ifPresent(l -> repository.delete(cfg.dsl(), id));
            return lead;
        });
        deleted.ifPresent(l -> searchIndex.remove(id));
        markChanged();
        return deleted;
    }

    /** Lead operations inside a transaction another feature runs (an import); see {@link LeadWriter}. */
    public LeadWriter writer(DSLContext transaction) {
        return new LeadWriter(transaction, repository, this, OffsetDateTime.now(clock));
    }

    /** Leads changed by a committed {@link LeadWriter} transaction: search learns about them. */
    void changedOutside(List<Long> ids) {
        markChanged();
        if (!searchIndex.isReady() || ids.isEmpty()) {
            return;
        }
        if (ids.size() > 20_000) {
            loadSearchIndex();
            return;
        }
        for (long id : ids) {
            repository
                    .searchText(dsl, id)
                    .ifPresentOrElse(text -> searchIndex.put(id, text), () -> searchIndex.remove(id));
        }
    }

    /** Leads erased by a committed {@link LeadWriter} transaction: search forgets them, figures renew. */
    void erasedOutside(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ids.forEach(searchIndex::remove);
        markChanged();
    }

    /** Deletes several leads in one transaction; hands back those that existed, for undo. */
    public List<Lead> deleteAll(List<Long> ids) {
        List<Lead> deleted = dsl.transactionResult(cfg -> {
            List<Lead> found = new java.util.ArrayList<>();
            for (long id : ids) {
                repository.find(cfg.dsl(), id).ifPresent(lead -> {
                    repository.delete(cfg.dsl(), id);
                    found.add(lead);
                });
            }
            return found;
        });
        deleted.forEach(lead -> searchIndex.remove(lead.id()));
        markChanged();
        return deleted;
    }

    /** Puts deleted leads back as they were, ids included. */
    public void restore(List<Lead> leads) {
        dsl.transaction(cfg -> leads.forEach(lead -> repository.restore(cfg.dsl(), lead)));
        leads.forEach(lead -> searchIndex.put(lead.id(), SearchText.of(lead.data(), lead.phoneE164())));
        markChanged();
    }

    public Optional<Lead> find(long id) {
        return repository.find(dsl, id);
    }

    public List<String> allTags() {
        return repository.allTags(dsl);
    }

    public LeadPage page(LeadFilter filter, LeadSort sort, PageRequest request) {
        return repository.page(dsl, criteria(filter), sort, request);
    }

    /** How many leads the filter matches. */
    public long count(LeadFilter filter) {
        if (filter.isEmpty()) {
            return repository.countAll(dsl);
        }
        List<String> words = SearchQuery.words(filter.search());
        LeadCriteria base = baseCriteria(filter);
        if (!words.isEmpty() && base.onlySearch() && searchIndex.isReady()) {
            return search(words).count();
        }
        return repository.count(dsl, criteria(filter));
    }

    /** Loads every lead's search text into memory; until it is done, search falls back to SQL. */
    public void loadSearchIndex() {
        long started = System.nanoTime();
        searchIndex.rebuild(sink -> repository.forEachSearchText(dsl, sink));
        Log.info("Search index built in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    public boolean searchIndexReady() {
        return searchIndex.isReady();
    }

    /** The E.164 form of a phone in the current region, if it is a valid number. */
    public Optional<String> normalizePhone(String raw) {
        return phones.toE164(raw);
    }

    private LeadCriteria criteria(LeadFilter filter) {
        LeadCriteria base = baseCriteria(filter);
        List<String> words = SearchQuery.words(filter.search());
        if (words.isEmpty()) {
            return base;
        }
        if (searchIndex.isReady()) {
            SearchIndex.Result result = search(words);
            if (result.idsComplete()) {
                return base.withIds(Arrays.stream(result.ids()).boxed().toList());
            }
        }
        return base.withContains(words);
    }

    /** The table asks for a page and then the count of the same search: one scan serves both. */
    private record CachedSearch(List<String> words, long version, SearchIndex.Result result) {}

    private volatile CachedSearch lastSearch;

    private SearchIndex.Result search(List<String> words) {
        CachedSearch cached = lastSearch;
        long version = searchIndex.version();
        if (cached != null && cached.version() == version && cached.words().equals(words)) {
            return cached.result();
        }
        SearchIndex.Result result = searchIndex.search(words, ID_LIMIT);
        lastSearch = new CachedSearch(List.copyOf(words), version, result);
        return result;
    }

    private LeadCriteria baseCriteria(LeadFilter filter) {
        ZoneId zone = clock.getZone();
        LocalDate from = filter.createdFrom();
        LocalDate to = filter.createdTo();
        List<String> tagKeys = filter.tags().stream()
                .map(TextKeys::fold)
                .filter(t -> !t.isEmpty())
                .toList();
        return new LeadCriteria(
                null,
                null,
                from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                filter.channelId(),
                tagKeys,
                filter.stageId(),
                filter.qualification(),
                filter.bant(),
                filter.minScore(),
                filter.maxScore());
    }

    private void requireValid(LeadData data) {
        Validation validation = validate(data);
        if (!validation.isValid()) {
            throw new InvalidLeadException(validation);
        }
    }

    /**
     * Adds many leads in one transaction (demo data, bulk loads). Every lead is validated as {@link #create} does; one
     * invalid lead refuses the whole batch, and the message names it. Returns the new ids in the order of the leads.
     * The search index takes the leads only once it is built: until then its build reads them from the database.
     */
    public long[] addAll(List<LeadData> leads) {
        String[] phonesE164 = new String[leads.size()];
        // Checked in the order of the phone numbers, so that numbers of one country follow each other: libphonenumber
        // caches only 100 compiled patterns, and a mix of countries would compile them again for every lead.
        Integer[] order = new Integer[leads.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                java.util.Comparator.comparing(
                        i -> leads.get(i).phone(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        int firstInvalid = -1;
        Validation problems = null;
        for (int i : order) {
            LeadData data = leads.get(i);
            Validation validation = validate(data);
            if (!validation.isValid() && (firstInvalid < 0 || i < firstInvalid)) {
                firstInvalid = i;
                problems = validation;
            }
            phonesE164[i] = phones.toE164(data.phone()).orElse(null);
        }
        if (problems != null) {
            throw new UserException("Lead " + (firstInvalid + 1) + " of " + leads.size() + " ("
                    + describe(leads.get(firstInvalid)) + ") cannot be saved: " + problems.summary());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> e164 = Arrays.asList(phonesE164);
        long[] ids = dsl.transactionResult(cfg -> repository.insertBatch(cfg.dsl(), leads, e164, now));
        if (searchIndex.isReady()) {
            for (int i = 0; i < ids.length; i++) {
                searchIndex.put(ids[i], SearchText.of(leads.get(i), phonesE164[i]));
            }
        }
        markChanged();
        return ids;
    }

    private static String describe(LeadData data) {
        String name = data.displayName();
        String email = data.email() == null ? "" : data.email().strip();
        if (name.isEmpty()) {
            return email.isEmpty() ? "no name" : email;
        }
        return email.isEmpty() ? name : name + " <" + email + ">";
    }
}
