package app.leadkeeper.settings;

import app.leadkeeper.core.UserException;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.scoring.LeadAttribute;
import app.leadkeeper.scoring.Operator;
import app.leadkeeper.scoring.RuleKind;
import app.leadkeeper.scoring.ScoreRule;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Adds or edits one scoring rule. An attribute rule: the lead field (a custom field by name), the test, the value (a
 * list of values one per line for "is one of") and the points. A behaviour rule: the kind of touch, points per touch,
 * optionally a bonus for a burst of touches and a decay. OK stays disabled, with the reason beside it, until the rule
 * would validate.
 */
final class ScoreRuleDialog {
    private static final int DAYS = ScoreRule.MAX_DAYS;
    private static final int POINTS = ScoreRule.MAX_POINTS;

    private final Node owner;
    private final ObservableList<String> customFields;

    ScoreRuleDialog(Node owner, ObservableList<String> customFields) {
        this.owner = owner;
        this.customFields = customFields;
    }

    /** A new attribute rule to start the dialog with. */
    static ScoreRule newAttributeRule() {
        return ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "", 10);
    }

    /** A new behaviour rule to start the dialog with. */
    static ScoreRule newBehaviourRule() {
        return ScoreRule.perTouch(TouchKind.PRICING_PAGE_VISITED, 10, null);
    }

    /** Asks for the rule; empty when the user cancelled. */
    Optional<ScoreRule> edit(ScoreRule rule, boolean isNew) {
        Dialog<ScoreRule> dialog = new Dialog<>();
        boolean attribute = rule.kind() == RuleKind.ATTRIBUTE;
        CadenceDialogs.prepare(
                dialog,
                owner,
                isNew
                        ? attribute ? "Add an attribute rule" : "Add a behaviour rule"
                        : "Edit the rule “" + rule.label() + "”");
        dialog.getDialogPane().getStylesheets().add(ScoringView.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("score-rule-dialog");
        ButtonType save = new ButtonType(isNew ? "Add rule" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("score-rule-form");
        grid.setHgap(12);
        grid.setVgap(8);
        Form form = attribute ? attributeForm(rule, grid) : behaviourForm(rule, grid);

        Label preview = new Label();
        preview.setId("rule-preview");
        preview.getStyleClass().add("rule-preview");
        preview.setWrapText(true);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("rule-problem");
        problem.getStyleClass().add("rule-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(12, grid, preview, problem);
        content.setPadding(new Insets(12, 20, 4, 20));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(600);

        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("rule-ok");
        boolean[] touched = {!isNew};
        Runnable check = () -> {
            ScoreRule candidate = form.rule().get();
            preview.setText(candidate.label() + "   " + candidate.pointsText());
            String why = "";
            try {
                candidate.validate();
            } catch (UserException e) {
                why = e.getMessage();
            }
            problem.setText(why);
            // A rule not filled in yet needs no scolding, only a hint and a disabled button.
            problem.getStyleClass().removeAll("field-error", "text-muted");
            problem.getStyleClass().add(touched[0] ? "field-error" : "text-muted");
            problem.setManaged(!why.isEmpty());
            problem.setVisible(!why.isEmpty());
            ok.setDisable(!why.isEmpty());
        };
        for (Observable input : form.inputs()) {
            input.addListener(o -> {
                touched[0] = true;
                check.run();
            });
        }
        check.run();

        dialog.setResultConverter(button -> button == save ? form.rule().get().validate() : null);
        Platform.runLater(form.first()::requestFocus);
        return dialog.showAndWait();
    }

    /** The controls' rule as it stands, what to watch for changes, and what to focus first. */
    private record Form(Supplier<ScoreRule> rule, List<Observable> inputs, Node first) {}

    private Form attributeForm(ScoreRule rule, GridPane grid) {
        ComboBox<LeadAttribute> attribute = new ComboBox<>();
        attribute.setId("rule-attribute");
        attribute.getItems().setAll(LeadAttribute.values());
        attribute.setValue(rule.attribute() == null ? LeadAttribute.JOB_TITLE : rule.attribute());
        attribute.setVisibleRowCount(12);

        ComboBox<String> field = new ComboBox<>(customFields);
        field.setId("rule-custom-field");
        field.setEditable(true);
        field.setPromptText("The field's name, as the leads have it");
        field.setValue(rule.customField());
        field.setMaxWidth(Double.MAX_VALUE);
        Label fieldLabel = label("Custom field");
        showWhen(attribute.getValue() == LeadAttribute.CUSTOM_FIELD, fieldLabel, field);
        attribute
                .valueProperty()
                .addListener((obs, old, now) -> showWhen(now == LeadAttribute.CUSTOM_FIELD, fieldLabel, field));

        ComboBox<Operator> operator = new ComboBox<>();
        operator.setId("rule-operator");
        operator.getItems().setAll(Operator.values());
        operator.setConverter(converter(ScoreRuleDialog::describe));
        operator.setValue(rule.operator() == null ? Operator.CONTAINS : rule.operator());
        operator.setVisibleRowCount(Operator.values().length);

        // One text behind both the field and the list, so switching to "is one of" keeps what was typed.
        StringProperty value = new SimpleStringProperty(rule.value() == null ? "" : rule.value());
        TextField single = new TextField();
        single.setId("rule-value");
        single.textProperty().bindBidirectional(value);
        TextArea list = new TextArea();
        list.setId("rule-values");
        list.getStyleClass().add("rule-values");
        list.setPrefRowCount(10);
        list.setPrefColumnCount(30);
        list.textProperty().bindBidirectional(value);
        Label valueHint = CadenceDialogs.hint("");
        valueHint.setId("rule-value-hint");
        Label valueLabel = label("Value");
        GridPane.setValignment(valueLabel, VPos.TOP);
        // Level with the text in the field beside it.
        GridPane.setMargin(valueLabel, new Insets(6, 0, 0, 0));
        VBox valueBox = new VBox(4, single, list, valueHint);
        Runnable arrange = () -> {
            Operator op = operator.getValue();
            boolean needs = op != null && op.needsValue();
            boolean isList = op == Operator.IN_LIST;
            showWhen(needs, valueLabel, valueBox);
            showWhen(needs && !isList, single);
            showWhen(isList, list);
            valueHint.setText(valueHint(attribute.getValue(), op, value.get()));
            valueLabel.setText(isList ? "Values" : "Value");
        };
        operator.valueProperty().addListener(o -> arrange.run());
        attribute.valueProperty().addListener(o -> arrange.run());
        value.addListener(o -> valueHint.setText(valueHint(attribute.getValue(), operator.getValue(), value.get())));
        arrange.run();

        Spinner<Integer> points = IntSpinners.of("rule-points", -POINTS, POINTS, rule.points(), 5);
        points.setPrefWidth(110);
        HBox pointsRow = row(points, CadenceDialogs.hint("negative points count against the lead"));

        int row = 0;
        grid.addRow(row++, label("Lead field"), attribute);
        grid.addRow(row++, fieldLabel, field);
        grid.addRow(row++, label("Test"), operator);
        grid.addRow(row++, valueLabel, valueBox);
        grid.addRow(row, label("Points"), pointsRow);
        GridPane.setHgrow(valueBox, Priority.ALWAYS);

        Supplier<ScoreRule> build = () -> new ScoreRule(
                rule.id(),
                RuleKind.ATTRIBUTE,
                attribute.getValue(),
                field.getEditor().getText(),
                operator.getValue(),
                operator.getValue() != null && operator.getValue().needsValue() ? value.get() : null,
                null,
                points.getValue(),
                null,
                null,
                null,
                null,
                rule.enabled());
        return new Form(
                build,
                List.of(
                        attribute.valueProperty(),
                        field.getEditor().textProperty(),
                        operator.valueProperty(),
                        value,
                        points.valueProperty()),
                attribute);
    }

    private Form behaviourForm(ScoreRule rule, GridPane grid) {
        ComboBox<TouchKind> kind = new ComboBox<>();
        kind.setId("rule-touch-kind");
        kind.getItems().setAll(TouchKind.values());
        kind.setConverter(converter(TouchKind::label));
        kind.setValue(rule.touchKind() == null ? TouchKind.PRICING_PAGE_VISITED : rule.touchKind());
        kind.setVisibleRowCount(TouchKind.values().length);

        Spinner<Integer> points = IntSpinners.of("rule-points", -POINTS, POINTS, rule.points(), 5);
        points.setPrefWidth(110);
        HBox pointsRow = row(points, CadenceDialogs.hint("for every such touch; 0 when only the burst counts"));

        CheckBox burst = new CheckBox("Bonus for a burst of touches");
        burst.setId("rule-burst");
        burst.setSelected(rule.hasBurst());
        Spinner<Integer> burstCount =
                IntSpinners.of("rule-burst-count", 1, 1000, rule.hasBurst() ? rule.burstCount() : 5, 1);
        Spinner<Integer> burstDays =
                IntSpinners.of("rule-burst-days", 1, DAYS, rule.hasBurst() ? rule.burstDays() : 7, 1);
        Spinner<Integer> burstPoints =
                IntSpinners.of("rule-burst-points", -POINTS, POINTS, rule.hasBurst() ? rule.burstPoints() : 20, 5);
        for (Spinner<Integer> spinner : List.of(burstCount, burstDays, burstPoints)) {
            spinner.setPrefWidth(96);
        }
        HBox burstRow =
                row(burstCount, text("touches within"), burstDays, text("days give"), burstPoints, text("points"));
        burstRow.disableProperty().bind(burst.selectedProperty().not());

        CheckBox decay = new CheckBox("Fade when the lead goes quiet");
        decay.setId("rule-decay");
        decay.setSelected(rule.decayDays() != null);
        Spinner<Integer> decayDays =
                IntSpinners.of("rule-decay-days", 1, DAYS, rule.decayDays() == null ? 30 : rule.decayDays(), 1);
        decayDays.setPrefWidth(96);
        HBox decayRow = row(text("The rule's points halve every"), decayDays, text("days without such a touch"));
        decayRow.disableProperty().bind(decay.selectedProperty().not());

        int row = 0;
        grid.addRow(row++, label("Touch"), kind);
        grid.addRow(row++, label("Points"), pointsRow);
        grid.add(burst, 0, row++, 2, 1);
        grid.add(indented(burstRow), 0, row++, 2, 1);
        grid.add(decay, 0, row++, 2, 1);
        grid.add(indented(decayRow), 0, row, 2, 1);
        GridPane.setMargin(burst, new Insets(8, 0, 0, 0));
        GridPane.setMargin(decay, new Insets(8, 0, 0, 0));

        Supplier<ScoreRule> build = () -> {
            boolean withBurst = burst.isSelected();
            return new ScoreRule(
                    rule.id(),
                    RuleKind.BEHAVIOUR,
                    null,
                    null,
                    null,
                    null,
                    kind.getValue(),
                    points.getValue(),
                    withBurst ? burstCount.getValue() : null,
                    withBurst ? burstDays.getValue() : null,
                    withBurst ? burstPoints.getValue() : null,
                    decay.isSelected() ? decayDays.getValue() : null,
                    rule.enabled());
        };
        return new Form(
                build,
                List.of(
                        kind.valueProperty(),
                        points.valueProperty(),
                        burst.selectedProperty(),
                        burstCount.valueProperty(),
                        burstDays.valueProperty(),
                        burstPoints.valueProperty(),
                        decay.selectedProperty(),
                        decayDays.valueProperty()),
                kind);
    }

    /** The test as a phrase in the list: "is at least (≥)" rather than the bare sign. */
    static String describe(Operator operator) {
        return switch (operator) {
            case AT_LEAST -> "is at least (≥)";
            case AT_MOST -> "is at most (≤)";
            case IN_LIST -> "is one of (a list)";
            default -> operator.label();
        };
    }

    /** What the value is compared with, and how, for the field and test chosen. */
    static String valueHint(LeadAttribute attribute, Operator operator, String value) {
        if (operator == null) {
            return "";
        }
        if (operator == Operator.IN_LIST) {
            long n = ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.IN_LIST, value, 0)
                    .listValues()
                    .size();
            return "One value per line (commas also separate); case does not matter. " + n
                    + (n == 1 ? " value." : " values.");
        }
        if (operator.numeric()) {
            return "A number, such as 50. Leads whose value is no number never match.";
        }
        if (attribute == null) {
            return "";
        }
        return switch (attribute) {
            case EMAIL_DOMAIN -> "The part of the address after @, such as gmail.com. Case does not matter.";
            case CHANNEL -> "Compared with the name of the lead's channel. Case does not matter.";
            case TAG -> "Matches when one of the lead's tags does. Case does not matter.";
            case COMPANY_SIZE, DEAL_VALUE -> "Compared as text; use ≥ or ≤ to compare numbers.";
            default -> "Case does not matter.";
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static void showWhen(boolean shown, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node indented(HBox row) {
        GridPane.setMargin(row, new Insets(0, 0, 0, 28));
        return row;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
