package app.leadkeeper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SaveDialogTest {
    @Test
    void theExtensionIsAddedWhenLeftOffAndKeptInAnyCase() {
        assertThat(SaveDialog.withExtension(Path.of("/tmp/leads"), ".xlsx")).isEqualTo(Path.of("/tmp/leads.xlsx"));
        assertThat(SaveDialog.withExtension(Path.of("/tmp/Leads.XLSX"), ".xlsx"))
                .isEqualTo(Path.of("/tmp/Leads.XLSX"));
        assertThat(SaveDialog.withExtension(Path.of("/tmp/leads.csv"), ".xlsx"))
                .isEqualTo(Path.of("/tmp/leads.csv.xlsx"));
    }
}
