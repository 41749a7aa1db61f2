package id.mpp.server.http.application;

import id.mpp.server.domain.application.ApplicationStateMachine;
import id.mpp.server.domain.application.IndonesianHolidays;
import id.mpp.server.domain.application.ServiceLevels;
import id.mpp.server.domain.application.VerificationCodes;
import id.mpp.server.domain.application.WorkingDayCalendar;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;

/**
 * The applications' domain objects as beans: the contract's state machine, the service levels on the working-day
 * calendar of {@code mpp.applications.holidays} (comma-separated ISO dates; unset or blank: Indonesia's 2026 and 2027
 * national holidays and cuti bersama, {@link IndonesianHolidays#DEFAULT}), and the verification codes.
 */
@Factory
final class ApplicationBeans {

    @Singleton
    ApplicationStateMachine applicationStateMachine() {
        return ApplicationStateMachine.standard();
    }

    @Singleton
    ServiceLevels serviceLevels(@Value("${mpp.applications.holidays:}") @Nullable String holidays) {
        List<LocalDate> configured = IndonesianHolidays.parseList(holidays);
        return new ServiceLevels(new WorkingDayCalendar(configured.isEmpty() ? IndonesianHolidays.DEFAULT
                : configured));
    }

    @Singleton
    VerificationCodes verificationCodes() {
        return new VerificationCodes(new SecureRandom());
    }
}
