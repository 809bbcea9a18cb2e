package app.leadkeeper.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/owner");

    @Test
    void optionWinsOverEnvironment() {
        DataFolder folder = DataFolder.resolve(
                Optional.of(Path.of("/tmp/x")), Map.of(DataFolder.ENV_HOME, "/tmp/y"), "Linux", HOME);
        assertThat(folder.path()).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void environmentWinsOverConvention() {
        DataFolder folder = DataFolder.resolve(Optional.empty(), Map.of(DataFolder.ENV_HOME, "/tmp/y"), "Linux", HOME);
        assertThat(folder.path()).isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME)
                        .path())
                .isEqualTo(Path.of("/data/leadkeeper"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME).path())
                .isEqualTo(HOME.resolve(".local/share/leadkeeper"));
    }

    @Test
    void windowsAndMacConventions() {
        assertThat(DataFolder.resolve(
                                Optional.empty(), Map.of("APPDATA", "C:/Users/o/AppData/Roaming"), "Windows 11", HOME)
                        .path())
                .isEqualTo(Path.of("C:/Users/o/AppData/Roaming", "Leadkeeper"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME)
                        .path())
                .isEqualTo(HOME.resolve("Library/Application Support/Leadkeeper"));
    }

    @Test
    void blankEnvironmentIsIgnored() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(DataFolder.ENV_HOME, " "), "Linux", HOME)
                        .path())
                .isEqualTo(HOME.resolve(".local/share/leadkeeper"));
    }
}
