package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R106MoneyIsIntegerMinorUnitsTest {

    private final Rule rule = new R106MoneyIsIntegerMinorUnits();

    @Test
    void R106_moneyIsAnIntegerAmountWithACurrency() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R106_reportsFloatingAndBareMoney() {
        assertThat(violationsIn("fixtures/broken/r106.yaml", rule)).containsExactlyInAnyOrder(
                "components.schemas.Service.properties.total_amount: money property 'total_amount' is type number, not a money object {amount (integer), currency}",
                "components.schemas.Service.properties.admin_fee: money property 'admin_fee' is type integer, not a money object {amount (integer), currency}",
                "components.schemas.Service.properties.cost: money property 'cost' is type string, not a money object {amount (integer), currency}",
                "components.schemas.Payment.properties.amount: 'amount' is type number, not an integer of minor units",
                "components.schemas.Counter.properties.amount: 'amount' is in an object without 'currency'",
                "components.schemas.BadMoney.properties.currency: 'currency' is type integer, not an ISO 4217 string");
    }
}
