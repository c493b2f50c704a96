package org.terrain.corpus.analysis;

import java.util.Locale;

/**
 * The methods paragraph a thesis needs, in French: what was compared, on which units, with which coefficients
 * and their references, and the overall figures. Written from a result, so the figures are the ones shown.
 */
public final class AgreementMethods {
    private AgreementMethods() {
    }

    public static String french(AgreementResult result) {
        AgreementResult.Row overall = result.overall();
        int sources = result.sources().size();
        int codes = result.codes().size();
        return String.format(Locale.FRENCH,
                "L’accord inter-codeurs a été évalué entre %s et %s sur %s (%s caractères de parole, étiquettes "
                        + "des locuteurs exclues), code par code (%s), avec Terrain. Pour chaque code, chaque "
                        + "caractère de parole est une unité, codée par les deux codeurs, par l’un seulement ou par "
                        + "aucun. Nous rapportons l’accord observé (part des unités classées de la même façon), le "
                        + "kappa de Cohen (Cohen, 1960) calculé sur ce tableau 2 × 2, comme dans la comparaison de "
                        + "codage de NVivo, et l’alpha de Krippendorff pour des données nominales (Krippendorff, "
                        + "2019, chap. 12). Les valeurs globales sont les moyennes des codes pondérées par leurs "
                        + "unités. Nous rapportons aussi l’accord sur les segments, au sens de MAXQDA : la part des "
                        + "segments de chacun des deux codeurs retrouvés chez l’autre avec le même code et un "
                        + "chevauchement d’au moins %s %% du plus long des deux. Globalement, l’accord observé est "
                        + "de %s %%, κ = %s, α = %s ; l’accord sur les segments est de %s %% (%s segments sur %s)."
                        + "%n%nCohen, J. (1960). A coefficient of agreement for nominal scales. Educational and "
                        + "Psychological Measurement, 20(1), 37–46.%nKrippendorff, K. (2019). Content analysis: An "
                        + "introduction to its methodology (4e éd.). Sage, chap. 12.",
                result.a().name(), result.b().name(),
                sources == 1 ? "une source" : number(sources) + " sources", number(result.units()),
                codes == 1 ? "un code" : number(codes) + " codes",
                decimal(result.overlapPercent(), result.overlapPercent() == Math.rint(result.overlapPercent()) ? 0 : 1), decimal(100 * overall.percent(), 1),
                decimal(overall.kappa(), 2), decimal(overall.alpha(), 2), decimal(100 * overall.segmentAgreement(), 1),
                number(overall.segments().matched()), number(overall.segments().segments()));
    }

    private static String number(long value) {
        return String.format(Locale.FRENCH, "%,d", value).replace('\u202f', '\u00a0');
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.FRENCH, "%." + places + "f", value);
    }
}
