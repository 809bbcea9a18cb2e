package app.leadkeeper.leads;

import app.leadkeeper.core.Amounts;
import app.leadkeeper.core.TextKeys;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The qualification section of the lead editor: qualification, funnel stage, the four BANT answers with notes, and
 * what a won stage (date, revenue) or a lost stage (reason) records. Part of {@link LeadEditorModel}, which loads,
 * validates and saves it with the rest of the lead.
 */
public final class LeadQualificationModel {
    private final ZoneId zone;
    private final ObjectProperty<Qualification> qualification = new SimpleObjectProperty<>(Qualification.LEAD);
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final ObservableList<Stage> stageChoices = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<Stage> stageChoicesReadOnly = FXCollections.unmodifiableObservableList(stageChoices);

    private final ObservableList<String> lostReasonChoices = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<String> lostReasonChoicesReadOnly =
            FXCollections.unmodifiableObservableList(lostReasonChoices);

    private final Map<BantCriterion, ObjectProperty<Answer>> answers = new EnumMap<>(BantCriterion.class);
    private final Map<BantCriterion, StringProperty> notes = new EnumMap<>(BantCriterion.class);
    private final ObjectProperty<LocalDate> wonDate = new SimpleObjectProperty<>();
    private final StringProperty revenue = new SimpleStringProperty("");
    private final StringProperty lostReason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper won = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper lost = new ReadOnlyBooleanWrapper();
    private Long unresolvedStageId;
    private boolean filling;

    LeadQualificationModel(ZoneId zone, Runnable changed) {
        this.zone = zone;
        for (BantCriterion criterion : BantCriterion.values()) {
            answers.put(criterion, new SimpleObjectProperty<>(Answer.UNKNOWN));
            notes.put(criterion, new SimpleStringProperty(""));
        }
        stage.addListener((obs, old, now) -> stageChanged(now));
        List<Observable> fields =
                new java.util.ArrayList<>(List.of(qualification, stage, wonDate, revenue, lostReason));
        fields.addAll(answers.values());
        fields.addAll(notes.values());
        fields.forEach(field -> field.addListener(o -> changed.run()));
    }

    /** The stages and lost reasons to choose from; called while the editor is loading values. */
    void setPipeline(List<Stage> stages, List<String> lostReasons) {
        filling = true;
        try {
            Stage selected = stage.get();
            if (!stageChoices.equals(stages)) {
                stageChoices.setAll(stages);
            }
            lostReasonChoices.setAll(lostReasons);
            Long wanted = unresolvedStageId != null ? unresolvedStageId : selected == null ? null : selected.id();
            stage.set(find(wanted)
                    .or(() -> stages.stream().filter(Stage::isOpen).findFirst())
                    .orElse(null));
            unresolvedStageId = stage.get() == null ? wanted : null;
        } finally {
            filling = false;
        }
    }

    void fill(LeadData data) {
        filling = true;
        try {
            qualification.set(data.qualification());
            for (BantCriterion criterion : BantCriterion.values()) {
                BantItem item = criterion.of(data.bant());
                answers.get(criterion).set(item.answer());
                notes.get(criterion).set(item.note() == null ? "" : item.note());
            }
            unresolvedStageId = data.stageId();
            stage.set(find(data.stageId())
                    .or(() -> data.stageId() == null
                            ? stageChoices.stream().filter(Stage::isOpen).findFirst()
                            : Optional.empty())
                    .orElse(null));
            if (stage.get() != null) {
                unresolvedStageId = null;
            }
            wonDate.set(
                    data.wonAt() == null
                            ? null
                            : data.wonAt().atZoneSameInstant(zone).toLocalDate());
            revenue.set(data.revenue() == null ? "" : data.revenue().toPlainString());
            lostReason.set(data.lostReason() == null ? "" : data.lostReason());
            stageChanged(stage.get());
        } finally {
            filling = false;
        }
    }

    /** The section's values on top of {@code from}; the revenue must have been checked by {@link #problem()}. */
    LeadData.Builder applyTo(LeadData.Builder builder, LeadData from) {
        Stage chosen = stage.get();
        builder.qualification(qualification.get() == null ? from.qualification() : qualification.get())
                .bant(bant())
                .stageId(chosen != null ? Long.valueOf(chosen.id()) : from.stageId());
        if (chosen == null) {
            return builder;
        }
        builder.status(LeadStatus.valueOf(chosen.kind().name()));
        return switch (chosen.kind()) {
            case WON ->
                builder.wonAt(wonAt(from))
                        .revenue(parseAmount(revenue.get()).orElse(null))
                        .lostReason(null);
            case LOST -> builder.wonAt(null).lostReason(TextKeys.clean(lostReason.get()));
            case OPEN -> builder.wonAt(null).lostReason(null);
        };
    }

    /** A message when the revenue cannot be read, else empty. */
    Optional<String> problem() {
        String text = TextKeys.clean(revenue.get());
        if (text == null || !won.get()) {
            return Optional.empty();
        }
        Optional<BigDecimal> amount = parseAmount(text);
        if (amount.isEmpty()) {
            return Optional.of("\"" + text + "\" is not an amount");
        }
        return amount.get().signum() < 0 ? Optional.of("must not be negative") : Optional.empty();
    }

    private Bant bant() {
        return new Bant(
                item(BantCriterion.BUDGET),
                item(BantCriterion.AUTHORITY),
                item(BantCriterion.NEED),
                item(BantCriterion.TIMEFRAME));
    }

    private BantItem item(BantCriterion criterion) {
        Answer answer = Objects.requireNonNullElse(answers.get(criterion).get(), Answer.UNKNOWN);
        return new BantItem(answer, TextKeys.clean(notes.get(criterion).get()));
    }

    private OffsetDateTime wonAt(LeadData from) {
        LocalDate date = wonDate.get();
        if (date == null) {
            return from.wonAt() != null ? from.wonAt() : OffsetDateTime.now(zone);
        }
        if (from.wonAt() != null
                && date.equals(from.wonAt().atZoneSameInstant(zone).toLocalDate())) {
            return from.wonAt();
        }
        OffsetDateTime now = OffsetDateTime.now(zone);
        return date.equals(now.toLocalDate()) ? now : date.atStartOfDay(zone).toOffsetDateTime();
    }

    private void stageChanged(Stage now) {
        StageKind kind = now == null ? null : now.kind();
        won.set(kind == StageKind.WON);
        lost.set(kind == StageKind.LOST);
        if (filling || kind != StageKind.WON) {
            return;
        }
        // A lead the user just marked won: won today unless said otherwise, and a customer from now on.
        if (wonDate.get() == null) {
            wonDate.set(OffsetDateTime.now(zone).toLocalDate());
        }
        qualification.set(Qualification.CUSTOMER);
    }

    private Optional<Stage> find(Long id) {
        return id == null
                ? Optional.empty()
                : stageChoices.stream().filter(s -> s.id() == id).findFirst();
    }

    /** Reads "1500", "1500.50", or the user's locale form ("1.500,50", "1,500.50"). */
    static Optional<BigDecimal> parseAmount(String text) {
        return Amounts.parse(text, Locale.getDefault(Locale.Category.FORMAT));
    }

    public ObjectProperty<Qualification> qualificationProperty() {
        return qualification;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObservableList<Stage> stageChoices() {
        return stageChoicesReadOnly;
    }

    public ObservableList<String> lostReasonChoices() {
        return lostReasonChoicesReadOnly;
    }

    public ObjectProperty<Answer> answerProperty(BantCriterion criterion) {
        return answers.get(criterion);
    }

    public StringProperty noteProperty(BantCriterion criterion) {
        return notes.get(criterion);
    }

    public ObjectProperty<LocalDate> wonDateProperty() {
        return wonDate;
    }

    public StringProperty revenueProperty() {
        return revenue;
    }

    public StringProperty lostReasonProperty() {
        return lostReason;
    }

    /** True while the chosen stage is a won stage: the won date and revenue apply. */
    public ReadOnlyBooleanProperty wonProperty() {
        return won.getReadOnlyProperty();
    }

    /** True while the chosen stage is a lost stage: the lost reason applies. */
    public ReadOnlyBooleanProperty lostProperty() {
        return lost.getReadOnlyProperty();
    }
}
