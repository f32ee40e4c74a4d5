package org.tradedeal.negotiation.ui;

import io.quarkus.qute.TemplateData;
import org.tradedeal.negotiation.BarrierRemoval;
import org.tradedeal.negotiation.DraftContent;
import org.tradedeal.negotiation.PurchaseCommitment;
import org.tradedeal.negotiation.TariffCut;
import org.tradedeal.negotiation.api.VersionView;
import org.tradedeal.negotiation.client.RulesEvaluation;

/**
 * The types the user tags (templates/tags) read. A tag is not type-checked, so Qute reads these by reflection in
 * JVM mode; these annotations generate their value resolvers at build time, as a native image needs.
 */
@TemplateData(target = DraftForm.Row.class)
@TemplateData(target = EditorPage.class)
@TemplateData(target = ScoreSheet.class)
@TemplateData(target = ScoreSheet.Concern.class)
@TemplateData(target = ComparisonPage.Side.class)
@TemplateData(target = VersionView.class)
@TemplateData(target = DraftContent.class)
@TemplateData(target = PurchaseCommitment.class)
@TemplateData(target = BarrierRemoval.class)
@TemplateData(target = TariffCut.class)
@TemplateData(target = RulesEvaluation.Barrier.class)
@TemplateData(target = RulesEvaluation.Warning.class)
@TemplateData(target = RulesEvaluation.FiredRule.class)
@TemplateData(target = RulesEvaluation.Year.class)
final class TagData {

    private TagData() {
    }
}
