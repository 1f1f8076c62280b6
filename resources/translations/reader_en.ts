<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos de ce texte</source>
        <translation>About this text</translation>
    </message>
    <message>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Source&#xa0;:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Édition&#xa0;:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Avis médical&#xa0;:</source>
        <translation>Medical notice:</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Lecteur santé</source>
        <translation>Health reader</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>&amp;Filtrer</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>un mot, avec ou sans accents</source>
        <translation>a word, with or without accents</translation>
    </message>
    <message>
        <source>Effacer le filtre</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>Filtrer les termes du glossaire</source>
        <translation>Filter the glossary terms</translation>
    </message>
    <message>
        <source>Termes du glossaire</source>
        <translation>Glossary terms</translation>
    </message>
    <message>
        <source>Aucun terme ne correspond.</source>
        <translation>No term matches.</translation>
    </message>
    <message>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>&amp;Dans le texte</source>
        <translation>&amp;In the text</translation>
    </message>
    <message>
        <source>Où le terme apparaît dans le texte</source>
        <translation>Where the term appears in the text</translation>
    </message>
    <message>
        <source>&amp;Dans le texte ({0})</source>
        <translation>&amp;In the text ({0})</translation>
    </message>
    <message>
        <source>&amp;Dans le texte : ce terme n’y figure pas</source>
        <translation>&amp;In the text: this term does not appear</translation>
    </message>
    <message>
        <source>Avant le premier titre</source>
        <translation>Before the first heading</translation>
    </message>
    <message>
        <source>On dit aussi :</source>
        <translation>Also called:</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fermer la définition</source>
        <translation>Close the definition</translation>
    </message>
    <message>
        <source>Définition : {0}</source>
        <translation>Definition: {0}</translation>
    </message>
    <message>
        <source>On dit aussi :</source>
        <translation>Also called:</translation>
    </message>
    <message>
        <source>Voir aussi :</source>
        <translation>See also:</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page {0} sur {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>À &amp;propos de ce texte</source>
        <translation>&amp;About this text</translation>
    </message>
    <message>
        <source>Source, date de l’édition et avis médical</source>
        <translation>Source, edition date and medical notice</translation>
    </message>
    <message>
        <source>Aller au &amp;sommaire</source>
        <translation>Go to the &amp;contents</translation>
    </message>
    <message>
        <source>Aller au &amp;texte</source>
        <translation>Go to the &amp;text</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Imprimer l’article ou la section en cours, avec son glossaire</source>
        <translation>Print the article or the current section, with its glossary</translation>
    </message>
    <message>
        <source>Exporter en P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>Enregistrer l’article ou la section en cours dans un fichier PDF</source>
        <translation>Save the article or the current section as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Zone suivante</source>
        <translation>&amp;Next area</translation>
    </message>
    <message>
        <source>Sommaire, texte, puis les autres zones</source>
        <translation>Contents, text, then the other areas</translation>
    </message>
    <message>
        <source>Zone &amp;précédente</source>
        <translation>&amp;Previous area</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Afficher le sommaire</source>
        <translation>Show the contents</translation>
    </message>
    <message>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Barre d’outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Texte de l’article</source>
        <translation>Text of the article</translation>
    </message>
    <message>
        <source>Problème dans le contenu :</source>
        <translation>Problem in the content:</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Fermer le sommaire</source>
        <translation>Close the contents</translation>
    </message>
    <message>
        <source>Détacher le sommaire</source>
        <translation>Detach the contents</translation>
    </message>
    <message>
        <source>Autres menus</source>
        <translation>More menus</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>&amp;Agrandir le texte</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>&amp;Réduire le texte</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Taille &amp;normale du texte</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Grand texte</source>
        <translation>&amp;Large text</translation>
    </message>
    <message>
        <source>Texte de l’article à 200 % ou plus, interface à 150 %, lettres espacées</source>
        <translation>Article text at 200 % or more, interface at 150 %, spaced letters</translation>
    </message>
    <message>
        <source>Réinitialiser l’&amp;affichage</source>
        <translation>Reset the &amp;display</translation>
    </message>
    <message>
        <source>Taille du texte, thème, panneaux et position de lecture par défaut</source>
        <translation>Default text size, theme, panels and reading position</translation>
    </message>
    <message>
        <source>Système</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;Rechercher…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Résultat &amp;suivant</source>
        <translation>&amp;Next match</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Résultat &amp;précédent</source>
        <translation>&amp;Previous match</translation>
    </message>
    <message>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>&amp;Fermer la recherche</source>
        <translation>&amp;Close the search</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aller aux &amp;résultats</source>
        <translation>Go to the &amp;results</translation>
    </message>
    <message>
        <source>Glossaire</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Afficher le glossaire</source>
        <translation>Show the glossary</translation>
    </message>
    <message>
        <source>Fermer le glossaire</source>
        <translation>Close the glossary</translation>
    </message>
    <message>
        <source>T&amp;hème</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Fermer les résultats</source>
        <translation>Close the results</translation>
    </message>
    <message>
        <source>Afficher les résultats de la recherche</source>
        <translation>Show the search results</translation>
    </message>
    <message>
        <source>&amp;Recherche</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Autres boutons de la barre d’outils</source>
        <translation>More toolbar buttons</translation>
    </message>
    <message>
        <source>Ce lien mène à une adresse extérieure, qui n’est pas ouverte (cet ordinateur n’a pas de connexion) : {0}</source>
        <translation>This link leads to an outside address, which is not opened (this computer has no connection): {0}</translation>
    </message>
    <message>
        <source>Ce lien n’est pas ouvert : il ne mène pas à une partie de l’article ({0}).</source>
        <translation>This link is not opened: it does not lead to a part of the article ({0}).</translation>
    </message>
    <message>
        <source>Taille du texte : {0}</source>
        <translation>Text size: {0}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fermer le message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>PaneAccessibility</name>
    <message>
        <source>Structure de l’article : titres, paragraphes, listes et liens</source>
        <translation>Structure of the article: headings, paragraphs, lists and links</translation>
    </message>
    <message>
        <source>Titre de niveau {0}</source>
        <translation>Heading level {0}</translation>
    </message>
    <message>
        <source>Terme du glossaire : Entrée affiche sa définition</source>
        <translation>Glossary term: Enter shows its definition</translation>
    </message>
    <message>
        <source>Lien vers une partie de l’article</source>
        <translation>Link to a part of the article</translation>
    </message>
    <message>
        <source>Adresse extérieure, qui n’est pas ouverte</source>
        <translation>Outside address, which is not opened</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Problème dans le contenu :</source>
        <translation>Problem in the content:</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Que voulez-vous imprimer ?</source>
        <translation>What do you want to print?</translation>
    </message>
    <message>
        <source>Aperçu avant impression…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Aperçu avant impression — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <source>Exporter en PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Que voulez-vous mettre dans le PDF ?</source>
        <translation>What do you want in the PDF?</translation>
    </message>
    <message>
        <source>Choisir le fichier…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Nom du fichier :</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lecteur santé</source>
        <translation>Health reader</translation>
    </message>
    <message>
        <source>le PDF n’a pas pu être dessiné.</source>
        <translation>the PDF could not be drawn.</translation>
    </message>
    <message>
        <source>Le PDF n’a pas été enregistré : {0}</source>
        <translation>The PDF was not saved: {0}</translation>
    </message>
    <message>
        <source>PDF enregistré : {0}</source>
        <translation>PDF saved: {0}</translation>
    </message>
</context>
<context>
    <name>PrintScopeDialog</name>
    <message>
        <source>Tout l’article</source>
        <translation>The whole article</translation>
    </message>
    <message>
        <source>Section en cours : « {0} »</source>
        <translation>Current section: “{0}”</translation>
    </message>
    <message>
        <source>Section en cours (cet article n’a pas de sections)</source>
        <translation>Current section (this article has no sections)</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Rechercher dans l’article</source>
        <translation>Find in the article</translation>
    </message>
    <message>
        <source>mot ou expression</source>
        <translation>word or phrase</translation>
    </message>
    <message>
        <source>Effacer la recherche</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Aucun résultat</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>Résultat précédent</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Résultat suivant</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Respecter les &amp;accents</source>
        <translation>Match &amp;accents</translation>
    </message>
    <message>
        <source>Respecter les accents</source>
        <translation>Match accents</translation>
    </message>
    <message>
        <source>&amp;Mot entier</source>
        <translation>&amp;Whole word</translation>
    </message>
    <message>
        <source>Mot entier</source>
        <translation>Whole word</translation>
    </message>
    <message>
        <source>Fermer la recherche</source>
        <translation>Close the search</translation>
    </message>
    <message>
        <source>Recherche reprise à la fin</source>
        <translation>Search wrapped to the end</translation>
    </message>
    <message>
        <source>{0} sur {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>Recherche reprise au début</source>
        <translation>Search wrapped to the start</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Avant le premier titre</source>
        <translation>Before the first heading</translation>
    </message>
    <message>
        <source>1 résultat</source>
        <translation>1 match</translation>
    </message>
    <message>
        <source>{0} résultats</source>
        <translation>{0} matches</translation>
    </message>
    <message>
        <source>{0} (dans « {1} »)</source>
        <translation>{0} (in “{1}”)</translation>
    </message>
    <message>
        <source>… et {0} autres, non listés : précisez la recherche.</source>
        <translation>… and {0} more, not listed: narrow the search.</translation>
    </message>
    <message>
        <source>Définition de « {0} » : {1}</source>
        <translation>Definition of “{0}”: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Définition de « {0} »&lt;/b&gt; : {1}</source>
        <translation>&lt;b&gt;Definition of “{0}”&lt;/b&gt;: {1}</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Section en cours : {0}</source>
        <translation>Current section: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tout se fait au clavier. F6 passe d’une zone de la fenêtre à la suivante.</source>
        <translation>Everything can be done with the keyboard. F6 moves from one area of the window to the next.</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source> ou </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Ouvrir le menu « {0} »</source>
        <translation>Open the “{0}” menu</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Lien suivant dans le texte</source>
        <translation>Next link in the text</translation>
    </message>
    <message>
        <source>Lien précédent dans le texte</source>
        <translation>Previous link in the text</translation>
    </message>
    <message>
        <source>Ouvrir le lien choisi</source>
        <translation>Open the chosen link</translation>
    </message>
    <message>
        <source>Descendre d’une page</source>
        <translation>Down one page</translation>
    </message>
    <message>
        <source>Remonter d’une page</source>
        <translation>Up one page</translation>
    </message>
    <message>
        <source>Ligne suivante</source>
        <translation>Next line</translation>
    </message>
    <message>
        <source>Ligne précédente</source>
        <translation>Previous line</translation>
    </message>
    <message>
        <source>Début de l’article</source>
        <translation>Start of the article</translation>
    </message>
    <message>
        <source>Fin de l’article</source>
        <translation>End of the article</translation>
    </message>
    <message>
        <source>Sélectionner le texte</source>
        <translation>Select text</translation>
    </message>
    <message>
        <source>Copier le texte sélectionné</source>
        <translation>Copy the selected text</translation>
    </message>
    <message>
        <source>Tout sélectionner</source>
        <translation>Select all</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Impossible d’ouvrir l’article</source>
        <translation>Cannot open the article</translation>
    </message>
    <message>
        <source>L’article n’a pas pu être ouvert.</source>
        <translation>The article could not be opened.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
