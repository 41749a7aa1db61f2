package id.mpp.spec.rules;

import static id.mpp.spec.rules.RuleAssertions.assertFollows;
import static id.mpp.spec.rules.RuleAssertions.violationsIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.spec.support.ParsedContract;
import org.junit.jupiter.api.Test;

class R401CollectionsArePagedObjectsTest {

    private final Rule rule = new R401CollectionsArePagedObjects();

    @Test
    void R401_collectionsArePagedGetsAnsweringItemsAndNextPageToken() {
        assertFollows(ParsedContract.bundled(), rule);
    }

    @Test
    void R401_reportsUnpagedCollectionsBareArraysAndPagingWithoutAPage() {
        assertThat(violationsIn("fixtures/broken/r401.yaml", rule)).containsExactlyInAnyOrder(
                "GET /v1/unpaged (listUnpaged) answers a collection but does not take page_size and page_token",
                "GET /v1/unpaged (listUnpaged) answers a collection without a string next_page_token",
                "POST /v1/searches (searchThings) answers a collection but is not a GET",
                "GET /v1/bare (listBare) response 200 is a bare array, not a page {items, next_page_token}",
                "GET /v1/pointless (getPointless) takes page_size/page_token but answers no page {items, next_page_token}",
                "GET /v1/pointless (getPointless): page_size is not an integer from 1 to 100 with default 20");
    }
}
