import type { Rule } from './types';
// One line per rule, grouped by protocol point. Adding a rule: a file + one import + one
// entry in `rules` below.

// --- imports: confidential (art. 3) ---
import confidentialBsn from './confidentialBsn';
import confidentialMarker from './confidentialMarker';
import confidentialIban from './confidentialIban';
import confidentialPhone from './confidentialPhone';
import confidentialEmail from './confidentialEmail';
import confidentialAddress from './confidentialAddress';
import confidentialBirthDate from './confidentialBirthDate';
import confidentialHealth from './confidentialHealth';
import confidentialPupilCare from './confidentialPupilCare';
import confidentialResults from './confidentialResults';
import confidentialPersonnel from './confidentialPersonnel';
import confidentialFamily from './confidentialFamily';
import confidentialDataList from './confidentialDataList';
import confidentialCredentials from './confidentialCredentials';
import confidentialInternalMeeting from './confidentialInternalMeeting';
import confidentialForward from './confidentialForward';
import confidentialPupilSituation from './confidentialPupilSituation';
import confidentialUnpublished from './confidentialUnpublished';
// --- imports: civility and school (art. 4, bg-civility) ---
import negativeAboutSchool from './negativeAboutSchool';
import discussion from './discussion';
import callout from './callout';
import sarcasm from './sarcasm';
import insult from './insult';
import defamation from './defamation';
import threatOrStalking from './threatOrStalking';
import civilityProfanity from './civilityProfanity';
import civilityDiseaseCurse from './civilityDiseaseCurse';
import civilitySlur from './civilitySlur';
import civilitySexual from './civilitySexual';
import civilityDiscrimination from './civilityDiscrimination';
import civilityRespect from './civilityRespect';
import civilityContempt from './civilityContempt';
import civilitySarcasmAboutPupil from './civilitySarcasmAboutPupil';
import contemptForPupils from './contemptForPupils';
import pupilsInPoliticalAct from './pupilsInPoliticalAct';
// --- imports: disclosure, leaders, responsibility (art. 2, 5–9, bg-disclaimer, bg-correction, bg-substance) ---
import personalOrOnBehalf from './personalOrOnBehalf';
import onBehalfWithoutMandate from './onBehalfWithoutMandate';
import leaderPersonalDisclaimer from './leaderPersonalDisclaimer';
import leaderControversial from './leaderControversial';
import leaderOpinion from './leaderOpinion';
import rumour from './rumour';
import hiddenIdentity from './hiddenIdentity';
import chainMessage from './chainMessage';
import heatedOutburst from './heatedOutburst';
import heatOfTheMoment from './heatOfTheMoment';
import ephemeralIllusion from './ephemeralIllusion';
import selfDoubt from './selfDoubt';
import drinkingAtWork from './drinkingAtWork';
import schoolDecision from './schoolDecision';
import incident from './incident';
import privateContactWithPupils from './privateContactWithPupils';
import personalWorkBlog from './personalWorkBlog';
import correctionWithoutReason from './correctionWithoutReason';
import bareOpinion from './bareOpinion';
// --- imports: images, copyright, privacy (art. 10, 11, bg-copyright, bg-privacy) ---
import photoConsent from './photoConsent';
import photoNamedChild from './photoNamedChild';
import mediaMention from './mediaMention';
import parentPhotos from './parentPhotos';
import copyrightExternalImage from './copyrightExternalImage';
import copyrightMaterial from './copyrightMaterial';
import copyrightText from './copyrightText';
import privacyChildIdentifiable from './privacyChildIdentifiable';
import privacyPrivateChat from './privacyPrivateChat';
import privacyTag from './privacyTag';

/** Every rule, in the order their findings are produced. */
export const rules: readonly Rule[] = [
  // --- rules: confidential (art. 3) ---
  confidentialBsn,
  confidentialMarker,
  confidentialIban,
  confidentialPhone,
  confidentialEmail,
  confidentialAddress,
  confidentialBirthDate,
  confidentialHealth,
  confidentialPupilCare,
  confidentialResults,
  confidentialPersonnel,
  confidentialFamily,
  confidentialDataList,
  confidentialCredentials,
  confidentialInternalMeeting,
  confidentialForward,
  confidentialPupilSituation,
  confidentialUnpublished,
  // --- rules: civility and school (art. 4, bg-civility) ---
  negativeAboutSchool,
  discussion,
  callout,
  sarcasm,
  insult,
  defamation,
  threatOrStalking,
  civilityProfanity,
  civilityDiseaseCurse,
  civilitySlur,
  civilitySexual,
  civilityDiscrimination,
  civilityRespect,
  civilityContempt,
  civilitySarcasmAboutPupil,
  contemptForPupils,
  pupilsInPoliticalAct,
  // --- rules: disclosure, leaders, responsibility (art. 2, 5–9, bg-disclaimer, bg-correction, bg-substance) ---
  personalOrOnBehalf,
  onBehalfWithoutMandate,
  leaderPersonalDisclaimer,
  leaderControversial,
  leaderOpinion,
  rumour,
  hiddenIdentity,
  chainMessage,
  heatedOutburst,
  heatOfTheMoment,
  ephemeralIllusion,
  selfDoubt,
  drinkingAtWork,
  schoolDecision,
  incident,
  privateContactWithPupils,
  personalWorkBlog,
  correctionWithoutReason,
  bareOpinion,
  // --- rules: images, copyright, privacy (art. 10, 11, bg-copyright, bg-privacy) ---
  photoConsent,
  photoNamedChild,
  mediaMention,
  parentPhotos,
  copyrightExternalImage,
  copyrightMaterial,
  copyrightText,
  privacyChildIdentifiable,
  privacyPrivateChat,
  privacyTag,
];
