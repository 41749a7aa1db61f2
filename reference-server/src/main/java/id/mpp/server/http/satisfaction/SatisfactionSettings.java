package id.mpp.server.http.satisfaction;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code mpp.satisfaction.*}: the number of respondents below which a service's or agency's IKM is not published
 * (SKM-009). The contract sets a floor of 5; a configured value below it is raised to 5.
 */
@ConfigurationProperties("mpp.satisfaction")
public class SatisfactionSettings {

    /** The contract's floor for {@code minimum_respondents}. */
    public static final int FLOOR = 5;

    private int minimumRespondents = FLOOR;

    public int getMinimumRespondents() {
        return Math.max(FLOOR, minimumRespondents);
    }

    public void setMinimumRespondents(int minimumRespondents) {
        this.minimumRespondents = minimumRespondents;
    }
}
