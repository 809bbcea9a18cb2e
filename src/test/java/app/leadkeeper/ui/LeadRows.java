package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;

import app.leadkeeper.leads.LeadRow;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The Leads table's row cells, as the tests click them. */
final class LeadRows {
    private LeadRows() {}

    /** The row cell showing the lead of this name (it must be on screen). */
    static Node rowNode(TableView<?> table, String name) {
        return onFx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row
                        && row.getItem() instanceof LeadRow lead
                        && lead.name().equals(name))
                .findFirst()
                .orElseThrow());
    }
}
