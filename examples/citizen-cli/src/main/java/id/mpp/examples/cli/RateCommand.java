package id.mpp.examples.cli;

import id.mpp.sdk.generated.model.SurveyElement;
import id.mpp.sdk.generated.model.SurveyResponse;
import id.mpp.sdk.generated.model.SurveyResponseSubmission;
import id.mpp.sdk.generated.model.SurveyScore;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The SKM satisfaction survey (Permenpan RB 14/2017) of a completed application: nine scores from 1 to 4. */
@Command(name = "rate", description = "Rate a completed application (SKM): nine scores from 1 (poor) to 4 (very good), "
        + "in this order: PERSYARATAN PROSEDUR WAKTU_PENYELESAIAN BIAYA_TARIF PRODUK_LAYANAN KOMPETENSI_PELAKSANA "
        + "PERILAKU_PELAKSANA PENANGANAN_PENGADUAN SARANA_PRASARANA.")
final class RateCommand extends CitizenCli.Base {

    static final List<SurveyElement> ELEMENTS = List.of(SurveyElement.PERSYARATAN, SurveyElement.PROSEDUR,
            SurveyElement.WAKTU_PENYELESAIAN, SurveyElement.BIAYA_TARIF, SurveyElement.PRODUK_LAYANAN,
            SurveyElement.KOMPETENSI_PELAKSANA, SurveyElement.PERILAKU_PELAKSANA,
            SurveyElement.PENANGANAN_PENGADUAN, SurveyElement.SARANA_PRASARANA);

    @Parameters(index = "0", paramLabel = "APPLICATION_ID", description = "The completed application (app_...).")
    String applicationId;

    @Parameters(index = "1..*", arity = "9", paramLabel = "SCORE", description = "Nine scores, each 1 to 4.")
    List<Integer> scores;

    @Option(names = "--comment", description = "An optional comment.")
    String comment;

    @Override
    public Integer call() {
        if (scores.size() != ELEMENTS.size() || scores.stream().anyMatch(s -> s < 1 || s > 4)) {
            throw new IllegalArgumentException("give nine scores, each from 1 to 4");
        }
        List<SurveyScore> answers = new ArrayList<>();
        for (int i = 0; i < ELEMENTS.size(); i++) {
            answers.add(new SurveyScore().element(ELEMENTS.get(i)).score(scores.get(i)));
        }
        SurveyResponse response = client().applications().submitSurveyResponse(applicationId,
                new SurveyResponseSubmission().scores(answers).comment(comment));
        if (options.json) {
            printJson(response);
        } else {
            out().println(texts().get("rated"));
            out().flush();
        }
        return 0;
    }
}
