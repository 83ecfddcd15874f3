/**
 * Words never marked as "what weighed most": function words carry weight in a linear model
 * (they sit inside n-grams of the words that matter) but explain nothing to the writer.
 * Written for this project from the commonest Dutch and English function words.
 */
export const UNMARKED = new Set(
  `de het een en of maar dat die dit deze wat wie waar hoe als dan toch nog ook al wel niet
  geen is zijn was waren ben bent heb hebt heeft hebben had word wordt worden werd kan kun
  kunt kunnen zou zal zullen moet moeten mag mogen wil wilt willen gaat gaan ga doe doet
  in op aan van voor met bij naar om uit over tot door te na tegen zonder onder tussen
  ik je jij u hij zij ze we wij jullie hun hen hem haar mijn mijn jouw uw ons onze zich
  er hier daar nu zo heel erg echt even maar want omdat dus nou hoor toe mee af
  the a an and or but that this these those what who where how if then so not no is are
  was were be been am have has had do does did can could will would should may might must
  in on at of for with by to from about into over under i you he she it we they me him her
  us them my your his its our their`
    .split(/\s+/)
    .filter(Boolean),
);
