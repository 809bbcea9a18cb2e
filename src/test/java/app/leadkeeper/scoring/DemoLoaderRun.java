package app.leadkeeper.scoring;

import app.leadkeeper.AppContext;
import app.leadkeeper.demo.DemoLoader;

/** Fills a test app with demo leads, touches and stage history. */
final class DemoLoaderRun {
    private DemoLoaderRun() {}

    static void add(AppContext app, int leads) {
        DemoLoader.of(app).add(leads, 42, progress -> {});
    }
}
