package app.leadkeeper.settings;

import app.leadkeeper.scoring.Operator;
import app.leadkeeper.scoring.RuleKind;
import app.leadkeeper.scoring.ScoreRule;
import app.leadkeeper.ui.Buttons;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The draft rules in a table (on/off, what the rule tests, its points, how many leads it matches now) with the
 * commands above it: add an attribute or behaviour rule, edit (double-click, Enter), duplicate, delete (Delete), move
 * up and down (Alt+Up, Alt+Down), and on or off (Space).
 */
final class ScoreRulesView extends VBox {
    private static final double ROW_HEIGHT = 34;
    private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    private static final PseudoClass POSITIVE = PseudoClass.getPseudoClass("positive");
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    /** Values of a list rule shown in its tooltip; the rest are counted. */
    private static final int LIST_SHOWN = 12;

    private final ScoringModel model;
    private final ScoreRuleDialog dialog;
    private final TableView<ScoreRule> table = new TableView<>();

    ScoreRulesView(ScoringModel model) {
        this.model = model;
        this.dialog = new ScoreRuleDialog(this, model.customFieldNames());
        setSpacing(8);
        getStyleClass().add("score-rules");

        table.setId("score-rules");
        table.getStyleClass().add("score-rules-table");
        table.setItems(model.rules());
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(enabledColumn(), ruleColumn(), pointsColumn(), matchesColumn());
        table.setMinHeight(ROW_HEIGHT * 5);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label loading = new Label("Loading the rules…");
        loading.getStyleClass().add("text-muted");
        table.placeholderProperty()
                .bind(Bindings.when(model.loadedProperty()).then(emptyState()).otherwise((Node) loading));
        table.setRowFactory(t -> {
            TableRow<ScoreRule> row = new TableRow<>() {
                @Override
                protected void updateItem(ScoreRule item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(OFF, !empty && item != null && !item.enabled());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The matched counts live in the preview, not in the rules: the cells are drawn again when it changes.
        model.preview().previewProperty().addListener(o -> table.refresh());
        model.preview().updatingProperty().addListener(o -> table.refresh());

        getChildren().setAll(toolbar(), table);
    }

    private HBox toolbar() {
        var busy = model.busyProperty();
        BooleanBinding none =
                table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        Button addAttribute = Buttons.tool(
                "score-add-attribute",
                "Attribute rule",
                Material2AL.ADD,
                "Add a rule on who the lead is: a field such as job title, email domain or a custom field");
        addAttribute.getStyleClass().add("accent");
        addAttribute.disableProperty().bind(busy);
        addAttribute.setOnAction(e -> add(ScoreRuleDialog.newAttributeRule()));
        Button addBehaviour = Buttons.tool(
                "score-add-behaviour",
                "Behaviour rule",
                Material2AL.ADD,
                "Add a rule on what the lead did: points per touch of a kind, a burst bonus, a decay");
        addBehaviour.disableProperty().bind(busy);
        addBehaviour.setOnAction(e -> add(ScoreRuleDialog.newBehaviourRule()));
        Button edit = Buttons.tool("score-edit", null, Material2OutlinedAL.EDIT, "Edit the rule (Enter)");
        edit.disableProperty().bind(none);
        edit.setOnAction(e -> edit());
        Button duplicate =
                Buttons.tool("score-duplicate", null, Material2OutlinedAL.CONTENT_COPY, "Add a copy of the rule");
        duplicate.disableProperty().bind(none);
        duplicate.setOnAction(e -> select(model.duplicate(selected())));
        Button delete =
                Buttons.tool("score-delete", null, Material2OutlinedAL.DELETE_OUTLINE, "Delete the rule (Delete)");
        delete.disableProperty().bind(none);
        delete.setOnAction(e -> delete());
        BooleanBinding first = table.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0);
        BooleanBinding last = table.getSelectionModel()
                .selectedIndexProperty()
                .greaterThanOrEqualTo(Bindings.size(model.rules()).subtract(1));
        Button up = Buttons.tool("score-up", null, Material2AL.ARROW_UPWARD, "Move the rule up (Alt+Up)");
        up.disableProperty().bind(none.or(first));
        up.setOnAction(e -> select(model.moveUp(selected())));
        Button down = Buttons.tool("score-down", null, Material2AL.ARROW_DOWNWARD, "Move the rule down (Alt+Down)");
        down.disableProperty().bind(none.or(last));
        down.setOnAction(e -> select(model.moveDown(selected())));
        HBox bar = new HBox(6, addAttribute, addBehaviour, gap(), edit, duplicate, delete, gap(), up, down);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("score-toolbar");
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            if (!model.busyProperty().get() && selected() >= 0) {
                select(e.getCode() == KeyCode.UP ? model.moveUp(selected()) : model.moveDown(selected()));
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
            edit();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            // Consumed here, or the Leads menu's Delete accelerator would take it.
            delete();
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE
                && selected() >= 0
                && !model.busyProperty().get()) {
            int index = selected();
            model.setEnabled(index, !model.rules().get(index).enabled());
            select(index);
            e.consume();
        }
    }

    private int selected() {
        return model.busyProperty().get() ? -1 : table.getSelectionModel().getSelectedIndex();
    }

    private void add(ScoreRule start) {
        dialog.edit(start, true).ifPresent(rule -> select(model.add(rule)));
    }

    private void edit() {
        int index = selected();
        if (index >= 0) {
            dialog.edit(model.rules().get(index), false).ifPresent(rule -> {
                model.update(index, rule);
                select(index);
            });
        }
    }

    private void delete() {
        int index = selected();
        if (index >= 0) {
            model.delete(index);
            if (!model.rules().isEmpty()) {
                select(Math.min(index, model.rules().size() - 1));
            }
        }
    }

    private void select(int index) {
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
            table.requestFocus();
        }
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.SPEED);
        icon.getStyleClass().add("empty-icon");
        Label text = new Label("No rules: every lead scores 0. Add a rule or restore the shipped ones.");
        text.setId("score-rules-empty");
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        text.getStyleClass().add("text-muted");
        text.setMaxWidth(380);
        Button add = new Button("Attribute rule", new FontIcon(Material2AL.ADD));
        add.setId("score-empty-add");
        add.setOnAction(e -> add(ScoreRuleDialog.newAttributeRule()));
        Button restore = new Button("Shipped rules", new FontIcon(Material2MZ.SETTINGS_BACKUP_RESTORE));
        restore.setId("score-empty-restore");
        restore.getStyleClass().add("accent");
        restore.setOnAction(e -> model.restoreShipped());
        for (Button button : List.of(add, restore)) {
            button.disableProperty().bind(model.busyProperty());
        }
        HBox buttons = new HBox(8, add, restore);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, icon, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private TableColumn<ScoreRule, ScoreRule> enabledColumn() {
        TableColumn<ScoreRule, ScoreRule> column = column("On", 52);
        column.setMaxWidth(52);
        column.setMinWidth(52);
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.disableProperty().bind(model.busyProperty());
                box.setOnAction(e -> {
                    model.setEnabled(getIndex(), box.isSelected());
                    getTableView().getSelectionModel().clearAndSelect(getIndex());
                });
                setAlignment(Pos.CENTER);
            }

            @Override
            protected void updateItem(ScoreRule item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                box.setSelected(item.enabled());
                box.setTooltip(new Tooltip(item.enabled() ? "On: the rule counts" : "Off: the rule counts for nobody"));
                setGraphic(box);
            }
        });
        return column;
    }

    private TableColumn<ScoreRule, ScoreRule> ruleColumn() {
        TableColumn<ScoreRule, ScoreRule> column = column("Rule", 270);
        column.setMinWidth(160);
        column.setCellFactory(cells("rule-label", (cell, rule) -> {
            FontIcon icon = new FontIcon(
                    rule.kind() == RuleKind.ATTRIBUTE
                            ? Material2OutlinedMZ.PERSON_OUTLINE
                            : Material2OutlinedMZ.TOUCH_APP);
            icon.getStyleClass().add("rule-kind-icon");
            cell.setGraphic(icon);
            cell.setGraphicTextGap(8);
            // Long rules are cut with an ellipsis; the tooltip has them whole, a list with its values.
            cell.setText(rule.label());
            cell.setTooltip(new Tooltip(ruleTooltip(rule)));
        }));
        return column;
    }

    private TableColumn<ScoreRule, ScoreRule> pointsColumn() {
        TableColumn<ScoreRule, ScoreRule> column = column("Points", 230);
        column.setMinWidth(70);
        column.setMaxWidth(320);
        column.setCellFactory(cells("rule-points", (cell, rule) -> {
            cell.setText(rule.pointsText());
            // Green when the rule only gives, red when it only takes; a rule that does both keeps the text colour.
            boolean gives = rule.points() > 0 || (rule.hasBurst() && rule.burstPoints() > 0);
            boolean takes = rule.points() < 0 || (rule.hasBurst() && rule.burstPoints() < 0);
            cell.pseudoClassStateChanged(POSITIVE, gives && !takes);
            cell.pseudoClassStateChanged(NEGATIVE, takes && !gives);
            cell.setTooltip(new Tooltip(rule.pointsText()));
        }));
        return column;
    }

    private TableColumn<ScoreRule, ScoreRule> matchesColumn() {
        TableColumn<ScoreRule, ScoreRule> column = column("Matches", 136);
        column.setMinWidth(136);
        column.setMaxWidth(136);
        column.getStyleClass().add("rule-matches-column");
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("rule-matches");
            }

            @Override
            protected void updateItem(ScoreRule item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(null);
                pseudoClassStateChanged(PENDING, false);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String text = model.preview().matchesText(getIndex(), item);
                setText(text);
                pseudoClassStateChanged(PENDING, text.equals("…") || text.equals("—"));
                setTooltip(new Tooltip(
                        text.equals("…")
                                ? "Counting…"
                                : text.equals("—")
                                        ? "The rule is off"
                                        : text.startsWith("≈")
                                                ? "Leads the rule gives points, estimated from a sample"
                                                : "Leads the rule gives points"));
            }
        });
        return column;
    }

    static String ruleTooltip(ScoreRule rule) {
        String text = rule.label() + "\n" + rule.pointsText() + (rule.enabled() ? "" : " (off)");
        if (rule.operator() == Operator.IN_LIST) {
            List<String> values = rule.listValues();
            String shown = String.join(", ", values.subList(0, Math.min(LIST_SHOWN, values.size())));
            int more = values.size() - LIST_SHOWN;
            text += "\n\n" + shown + (more > 0 ? " and " + more + " more" : "");
        }
        return text;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setMinWidth(6);
        return gap;
    }

    private static TableColumn<ScoreRule, ScoreRule> column(String title, double width) {
        TableColumn<ScoreRule, ScoreRule> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(data.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /** Cells that {@code fill} with the rule's text, graphic and tooltip; empty rows get none. */
    private static Callback<TableColumn<ScoreRule, ScoreRule>, TableCell<ScoreRule, ScoreRule>> cells(
            String styleClass, BiConsumer<TableCell<ScoreRule, ScoreRule>, ScoreRule> fill) {
        return c -> {
            TableCell<ScoreRule, ScoreRule> cell = new TableCell<>() {
                @Override
                protected void updateItem(ScoreRule item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    if (!empty && item != null) {
                        fill.accept(this, item);
                    }
                }
            };
            cell.getStyleClass().add(styleClass);
            return cell;
        };
    }
}
