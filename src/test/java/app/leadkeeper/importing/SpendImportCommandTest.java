package app.leadkeeper.importing;

import static app.leadkeeper.db.Tables.SPEND;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.testing.CliRunner;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadkeeper import-spend} end to end: arguments, exit codes, the JSON object, undo, and the redirect. */
class SpendImportCommandTest {
    static final String GOOGLE = "src/test/resources/importing/spend/google_ads.csv";
    static final String META = "src/test/resources/importing/spend/meta_ads.csv";

    @TempDir
    Path dir;

    final CliRunner cli = new CliRunner(TempApp.CLOCK);

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private int spendRows() {
        try (AppContext app = TempApp.open(dir.resolve("data"))) {
            return app.database().dsl().fetchCount(SPEND);
        }
    }

    @Test
    void importsPrintsOneJsonObjectIsIdempotentAndCanBeUndone() {
        assertThat(run("import-spend", GOOGLE, "--json")).isEqualTo(Cli.OK);
        String json = cli.out().strip();
        assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(json)
                .contains("\"file\":\"" + GOOGLE + "\"", "\"dryRun\":false", "\"rows\":6", "\"created\":3")
                .contains("\"duplicates\":0", "\"rejected\":0", "\"skipped\":3", "\"traffic\":3", "\"errors\":[]")
                .contains("\"encoding\":\"UTF-8\"", "\"delimiter\":\",\"", "\"source\":\"google-ads\"", "\"batch\":1")
                .contains("\"currency\":\"EUR\"", "\"from\":\"2026-01-05\"", "\"to\":\"2026-01-06\"")
                .contains("\"spend_total\":1367.16", "\"channels\":[\"Google Ads\"]", "\"seconds\":");
        assertThat(cli.err()).contains("Imported google_ads.csv (Google Ads", "import --undo 1");

        assertThat(run("import-spend", GOOGLE, "--dry-run", "--json")).isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("\"dryRun\":true", "\"created\":0", "\"duplicates\":3", "\"batch\":null");
        assertThat(run("import-spend", GOOGLE)).isEqualTo(Cli.OK);
        assertThat(spendRows()).isEqualTo(3);

        assertThat(run("import", "--undo", "1", "--json")).isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("\"removed\":3", "\"kind\":\"SPEND\"", "\"traffic\":3");
        assertThat(cli.err()).contains("removed 3 spend entries and 3 traffic rows");
        assertThat(spendRows()).isZero();
    }

    @Test
    void aBadRowIsRefusedWithLineAndFieldAndNothingIsWritten() {
        assertThat(run("import-spend", "src/test/resources/importing/spend/google_ads_bad_row.csv", "--json"))
                .isEqualTo(Cli.REFUSED);
        assertThat(cli.out())
                .contains("\"rejected\":2", "\"batch\":null", "\"delimiter\":\";\"")
                .contains("{\"line\":3,\"field\":\"Cost\",\"reason\":")
                .contains("{\"line\":4,\"field\":\"Day\",\"reason\":");
        assertThat(cli.err()).contains("google_ads_bad_row.csv, line 3, Cost: “twelve” is not an amount");
        assertThat(cli.err()).contains("nothing was imported");
        assertThat(spendRows()).isZero();
    }

    @Test
    void anotherCurrencyIsRefused() {
        assertThat(run("import-spend", "src/test/resources/importing/spend/linkedin_ads_usd.csv"))
                .isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("Currency: the report is in USD but this data folder keeps its spend in EUR");
    }

    @Test
    void aChannelCanBeNamed() {
        assertThat(run("import-spend", META, "--channel", "Instagram", "--json"))
                .isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("\"channels\":[\"Instagram\"]", "\"source\":\"meta-ads\"");
    }

    @Test
    void usageErrors() {
        assertThat(run("import-spend")).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("import-spend needs a FILE");
        assertThat(run("import-spend", GOOGLE, "--currency", "USD")).isEqualTo(Cli.USAGE);
        assertThat(run("import-spend", GOOGLE, META)).isEqualTo(Cli.USAGE);
        assertThat(run("import-spend", "nowhere.csv")).isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("nowhere.csv does not exist");
        assertThat(run("import-spend", "src/test/resources/importing/hubspot.csv"))
                .isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("is not a spend report");
    }

    @Test
    void aLeadImportOfASpendReportPointsToImportSpend() {
        assertThat(run("import", META, "--json")).isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("spend report of Meta Ads Manager", "leadkeeper import-spend " + META);
        assertThat(cli.out()).isEmpty();
        assertThat(spendRows()).isZero();
    }

    @Test
    void theUsageTextNamesTheCommand() {
        assertThat(cli.run("--help")).isEqualTo(Cli.OK);
        assertThat(cli.out())
                .contains("leadkeeper [--data-dir DIR] import-spend FILE [--channel NAME] [--dry-run] [--json]");
        assertThat(cli.run("import-spend", "--help")).isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("import-spend FILE");
    }
}
