package app.leadkeeper.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves what a test window shows as a PNG when the build is run with {@code -Dlk.shots=DIR}, so that states which are
 * hard to reach by hand (a wizard's later steps) can be looked at. Does nothing otherwise.
 */
public final class Snapshots {
    private Snapshots() {}

    public static void save(Scene scene, String name) {
        String dir = System.getProperty("lk.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        WritableImage image = Fx.onFx(() -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new AssertionError("Cannot save the snapshot " + name, e);
        }
    }
}
