package id.mpp.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/** Starts the MPP Digital reference server. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        boolean training = Boolean.getBoolean(ClassDataSharingTraining.PROPERTY);
        if (training) {
            ClassDataSharingTraining.useThrowawayDataFolder();
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
        if (training) {
            ClassDataSharingTraining.exerciseAndExit(context);
        }
    }
}
