package app.leadkeeper.leads;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.TextKeys;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The presentation model of the lead editor: one property per field, validation as the user types (inline messages,
 * Save only when valid and changed), and saving off the FX thread. Fields the editor does not show are kept as they
 * were.
 */
public final class LeadEditorModel {
    private final LeadService leads;
    private final StageService stages;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final ZoneId zone;

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty campaign = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObservableList<Channel> channelChoices;
    private Long unresolvedChannelId;
    private final ObjectProperty<LocalDate> createdDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Consent> consent = new SimpleObjectProperty<>(Consent.UNKNOWN);
    private final LeadQualificationModel qualification;

    private final ReadOnlyObjectWrapper<Lead> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phonePreview = new ReadOnlyStringWrapper("");
    private final ObservableMap<LeadField, String> problems = FXCollections.observableHashMap();
    private final ObservableMap<String, String> customFields = FXCollections.observableHashMap();

    private boolean loadingValues;
    private Consumer<Lead> onSaved = lead -> {};

    public LeadEditorModel(
            LeadService leads,
            StageService stages,
            ObservableList<Channel> channelChoices,
            TaskRunner tasks,
            Consumer<Exception> errors,
            ZoneId zone) {
        this.leads = leads;
        this.stages = stages;
        this.qualification = new LeadQualificationModel(zone, this::changed);
        this.channelChoices = channelChoices;
        channelChoices.addListener((javafx.collections.ListChangeListener<Channel>) change -> resolveChannel());
        channel.addListener((obs, old, now) -> {
            if (!loadingValues) {
                unresolvedChannelId = null;
            }
        });
        this.tasks = tasks;
        this.errors = errors;
        this.zone = zone;
        for (Observable field : List.of(
                firstName,
                lastName,
                email,
                phone,
                company,
                jobTitle,
                website,
                city,
                country,
                campaign,
                tags,
                message,
                channel,
                createdDate,
                consent)) {
            field.addListener(o -> changed());
        }
        canSave.bind(valid.and(dirty).and(saving.not()).and(open));
    }

    /** Called with the stored lead after every successful save. */
    public void setOnSaved(Consumer<Lead> handler) {
        this.onSaved = Objects.requireNonNull(handler);
    }

    public void newLead() {
        fill(
                null,
                LeadData.builder()
                        .created(CreatedAt.known(OffsetDateTime.now(zone)))
                        .build());
        title.set("New lead");
        tasks.run(this::pipeline)
                .onSuccess(pipeline -> {
                    if (open.get() && editing.get() == null) {
                        setPipeline(pipeline);
                    }
                })
                .onError(errors)
                .start();
    }

    /** The stages and lost reasons as they stand now: the stage editor may have changed them meanwhile. */
    private Pipeline pipeline() {
        return new Pipeline(stages.stages(), stages.lostReasons());
    }

    private record Pipeline(List<Stage> stages, List<String> lostReasons) {}

    private record Loaded(java.util.Optional<Lead> lead, Pipeline pipeline) {}

    private void setPipeline(Pipeline pipeline) {
        boolean wasLoading = loadingValues;
        loadingValues = true;
        try {
            qualification.setPipeline(pipeline.stages(), pipeline.lostReasons());
        } finally {
            loadingValues = wasLoading;
        }
    }

    /** Loads the lead in the background and opens it. */
    public void edit(long id) {
        tasks.run(() -> new Loaded(leads.find(id), pipeline()))
                .onSuccess(loaded -> loaded.lead()
                        .ifPresentOrElse(
                                lead -> {
                                    setPipeline(loaded.pipeline());
                                    fill(lead, lead.data());
                                    title.set(
                                            lead.data().displayName().isEmpty()
                                                    ? "Lead " + lead.id()
                                                    : lead.data().displayName());
                                },
                                this::close))
                .onError(errors)
                .start();
    }

    /**
     * Reads the lead again when it is the one shown and the database changed it under the form (its score moved its
     * qualification); a form with unsaved changes is left as the user has it.
     */
    public void reload(long id) {
        Lead shown = editing.get();
        if (open.get() && shown != null && shown.id() == id && !dirty.get() && !saving.get()) {
            edit(id);
        }
    }

    public void close() {
        open.set(false);
        editing.set(null);
        problems.clear();
    }

    /** Saves in the background; on success the editor shows the stored lead. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        LeadData data = toData();
        Lead original = editing.get();
        saving.set(true);
        tasks.run(() -> original == null ? leads.create(data) : leads.update(original.id(), data))
                .onSuccess(saved -> {
                    fill(saved, saved.data());
                    title.set(
                            saved.data().displayName().isEmpty()
                                    ? "Lead " + saved.id()
                                    : saved.data().displayName());
                    onSaved.accept(saved);
                })
                .onError(e -> {
                    if (e instanceof InvalidLeadException invalid) {
                        problems.clear();
                        problems.putAll(invalid.validation().problems());
                    } else {
                        errors.accept(e);
                    }
                })
                .andFinally(() -> saving.set(false))
                .start();
    }

    private void fill(Lead lead, LeadData data) {
        loadingValues = true;
        try {
            editing.set(lead);
            firstName.set(orEmpty(data.firstName()));
            lastName.set(orEmpty(data.lastName()));
            if (data.firstName() == null && data.lastName() == null && data.fullName() != null) {
                firstName.set(data.fullName());
            }
            email.set(orEmpty(data.email()));
            phone.set(orEmpty(data.phone()));
            company.set(orEmpty(data.company()));
            jobTitle.set(orEmpty(data.jobTitle()));
            website.set(orEmpty(data.website()));
            city.set(orEmpty(data.city()));
            country.set(orEmpty(data.country()));
            campaign.set(orEmpty(data.campaign()));
            tags.set(String.join(", ", data.tags()));
            message.set(orEmpty(data.message()));
            unresolvedChannelId = data.channelId();
            channel.set(null);
            resolveChannel();
            createdDate.set(data.created().at().atZoneSameInstant(zone).toLocalDate());
            consent.set(data.consent().state());
            customFields.clear();
            customFields.putAll(data.customFields());
            qualification.fill(data);
            base = data;
        } finally {
            loadingValues = false;
        }
        open.set(true);
        dirty.set(false);
        validate();
    }

    private LeadData base;

    /** Shows the lead's channel once the channel list is known. */
    private void resolveChannel() {
        Long id = unresolvedChannelId;
        if (id == null) {
            return;
        }
        channelChoices.stream().filter(c -> c.id() == id).findFirst().ifPresent(found -> {
            boolean wasLoading = loadingValues;
            loadingValues = true;
            try {
                channel.set(found);
                unresolvedChannelId = null;
            } finally {
                loadingValues = wasLoading;
            }
        });
    }

    private void changed() {
        if (loadingValues) {
            return;
        }
        dirty.set(true);
        validate();
    }

    private void validate() {
        LeadData data = toData();
        Validation validation = leads.validate(data);
        problems.clear();
        java.util.Optional<String> revenueProblem = qualification.problem();
        // A fresh, untouched form is not an error yet: messages appear once the user starts typing.
        if (dirty.get() || editing.get() != null) {
            problems.putAll(validation.problems());
            revenueProblem.ifPresent(problem -> problems.put(LeadField.REVENUE, problem));
        }
        valid.set(validation.isValid() && revenueProblem.isEmpty());
        String raw = TextKeys.clean(phone.get());
        phonePreview.set(
                raw == null
                        ? ""
                        : leads.normalizePhone(raw)
                                .map(e164 -> PhoneNumbers.display(e164, raw))
                                .map(p -> "→ " + p)
                                .orElse(""));
    }

    LeadData toData() {
        LeadData from = base != null ? base : LeadData.builder().build();
        boolean fullNameOnly = from.firstName() == null && from.lastName() == null && from.fullName() != null;
        String first = TextKeys.clean(firstName.get());
        String last = TextKeys.clean(lastName.get());
        Channel selected = channel.get();
        return qualification
                .applyTo(from.toBuilder(), from)
                .firstName(fullNameOnly && last == null ? null : first)
                .lastName(last)
                .fullName(fullNameOnly && last == null ? first : null)
                .email(TextKeys.clean(email.get()))
                .phone(TextKeys.clean(phone.get()))
                .company(TextKeys.clean(company.get()))
                .jobTitle(TextKeys.clean(jobTitle.get()))
                .website(TextKeys.clean(website.get()))
                .city(TextKeys.clean(city.get()))
                .country(TextKeys.clean(country.get()))
                .campaign(TextKeys.clean(campaign.get()))
                .tags(parseTags(tags.get()))
                .message(message.get() == null || message.get().isBlank() ? null : message.get())
                .channelId(selected != null ? Long.valueOf(selected.id()) : unresolvedChannelId)
                .created(createdAt(from))
                .consent(consentRecord(from))
                .build();
    }

    private CreatedAt createdAt(LeadData from) {
        LocalDate date = createdDate.get();
        OffsetDateTime original = from.created().at();
        if (date == null || date.equals(original.atZoneSameInstant(zone).toLocalDate())) {
            return from.created();
        }
        LocalTime time = original.atZoneSameInstant(zone).toLocalTime();
        return new CreatedAt(date.atTime(time).atZone(zone).toOffsetDateTime(), true);
    }

    private ConsentRecord consentRecord(LeadData from) {
        Consent state = consent.get() == null ? Consent.UNKNOWN : consent.get();
        if (state == from.consent().state()) {
            return from.consent();
        }
        return new ConsentRecord(state, OffsetDateTime.now(zone), ConsentMethod.MANUAL, "Set by hand");
    }

    static List<String> parseTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty jobTitleProperty() {
        return jobTitle;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty campaignProperty() {
        return campaign;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<LocalDate> createdDateProperty() {
        return createdDate;
    }

    public ObjectProperty<Consent> consentProperty() {
        return consent;
    }

    /** The qualification section: qualification, stage, BANT and the outcome of a won or lost stage. */
    public LeadQualificationModel qualification() {
        return qualification;
    }

    public ReadOnlyObjectProperty<Lead> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phonePreviewProperty() {
        return phonePreview.getReadOnlyProperty();
    }

    /** Problems per field, updated as the user types. */
    public ObservableMap<LeadField, String> problems() {
        return FXCollections.unmodifiableObservableMap(problems);
    }

    public Map<String, String> customFields() {
        return FXCollections.unmodifiableObservableMap(customFields);
    }
}
