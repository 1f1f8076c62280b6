<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos de ce texte</source>
        <translation>About this text</translation>
    </message>
    <message>
        <source>Inconnue.</source>
        <translation>Unknown.</translation>
    </message>
    <message>
        <source>Source :</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Édition :</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Date de l’édition :</source>
        <translation>Date of this edition:</translation>
    </message>
    <message>
        <source>Avis médical :</source>
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
    <name>CommandLine</name>
    <message>
        <source>{0} : erreur : {1}
</source>
        <translation>{0}: error: {1}
</translation>
    </message>
    <message>
        <source>Lecteur hors ligne d’articles de santé. Sans argument, ouvre l’article fourni « Le cancer peut-il être guéri après métastase ? ».</source>
        <translation>Offline reader for health articles. Without an argument, opens the bundled French article “Le cancer peut-il être guéri après métastase ?”.</translation>
    </message>
    <message>
        <source>Un autre article : un fichier Markdown (.md). S’il a un glossary.toml à côté de lui, c’est son glossaire ; un fichier &lt;nom&gt;.toml à côté de lui donne ses métadonnées.</source>
        <translation>Another article: a Markdown file (.md). A glossary.toml beside it is its glossary; a &lt;name&gt;.toml file beside it gives its metadata.</translation>
    </message>
    <message>
        <source>Utilisation : </source>
        <translation>Usage: </translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>affiche cette aide et quitte</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>CHEMIN</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>article Markdown à ouvrir</source>
        <translation>Markdown article to open</translation>
    </message>
    <message>
        <source>LANGUE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>langue de l’interface ({0}) ; par défaut celle du système si elle est proposée, sinon le français</source>
        <translation>language of the interface ({0}); by default the system’s if offered, else French</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>fichier de réglages à utiliser (par défaut, celui de l’utilisateur)</source>
        <translation>settings file to use (by default, the user’s)</translation>
    </message>
    <message>
        <source>aucun écran graphique (ni DISPLAY ni WAYLAND_DISPLAY) : lancez le lecteur depuis une session de bureau.</source>
        <translation>no graphical display (neither DISPLAY nor WAYLAND_DISPLAY): start the reader from a desktop session.</translation>
    </message>
</context>
<context>
    <name>DisplayController</name>
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
        <source>Taille normale</source>
        <translation>Normal size</translation>
    </message>
    <message>
        <source>&amp;Grand texte</source>
        <translation>Lar&amp;ge text</translation>
    </message>
    <message>
        <source>Texte de l’article à 200 % ou plus, interface à 150 %, lettres espacées</source>
        <translation>Article text at 200 % or more, interface at 150 %, spaced letters</translation>
    </message>
    <message>
        <source>Ré&amp;initialiser l’affichage</source>
        <translation>Reset the &amp;display</translation>
    </message>
    <message>
        <source>Affichage réinitialisé : texte à {0}, thème « {1} », panneaux d’origine, lecture reprise au début.</source>
        <translation>Display reset: text at {0}, theme “{1}”, panels as at first start, reading from the start.</translation>
    </message>
    <message>
        <source>Taille du texte : {0}</source>
        <translation>Text size: {0}</translation>
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
        <source>Souligner tous les t&amp;ermes</source>
        <translation>Underline &amp;every term</translation>
    </message>
    <message>
        <source>Marquer chaque mot du glossaire partout, pas seulement la première fois</source>
        <translation>Mark every glossary word everywhere, not only the first time</translation>
    </message>
</context>
<context>
    <name>GlossaryController</name>
    <message>
        <source>Glossaire</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Fermer le glossaire</source>
        <translation>Close the glossary</translation>
    </message>
    <message>
        <source>Afficher le glossaire</source>
        <translation>Show the glossary</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Fi&amp;ltrer</source>
        <translation>Fil&amp;ter</translation>
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
        <source>Dans le &amp;texte</source>
        <translation>&amp;In the text</translation>
    </message>
    <message>
        <source>Cet article n’a pas de glossaire : aucun mot n’y est expliqué.</source>
        <translation>This article has no glossary: no word in it is explained.</translation>
    </message>
    <message>
        <source>Dans le &amp;texte ({0})</source>
        <translation>&amp;In the text ({0})</translation>
    </message>
    <message>
        <source>Dans le &amp;texte : ce terme n’y figure pas</source>
        <translation>&amp;In the text: this term does not appear</translation>
    </message>
    <message>
        <source>On dit aussi :</source>
        <translation>Also called:</translation>
    </message>
    <message>
        <source>Où le terme apparaît dans le texte</source>
        <translation>Where the term appears in the text</translation>
    </message>
    <message>
        <source>Avant le premier titre</source>
        <translation>Before the first heading</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Retour à la définition précédente</source>
        <translation>Back to the previous definition</translation>
    </message>
    <message>
        <source>Définition précédente (Alt+Gauche ou Retour arrière)</source>
        <translation>Previous definition (Alt+Left or Backspace)</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Écouter la définition</source>
        <translation>Listen to the definition</translation>
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
        <source>Lire le mot et sa définition à voix haute</source>
        <translation>Read the word and its definition aloud</translation>
    </message>
    <message>
        <source>Définition : {0}</source>
        <translation>Definition: {0}</translation>
    </message>
    <message>
        <source>On dit aussi :</source>
        <translation>Also called:</translation>
    </message>
    <message>
        <source>Voir aussi :</source>
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
    <name>KeyNames</name>
    <message>
        <source>Page suivante</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Flèche bas</source>
        <translation>Down arrow</translation>
    </message>
    <message>
        <source>Flèche haut</source>
        <translation>Up arrow</translation>
    </message>
    <message>
        <source>Flèche gauche</source>
        <translation>Left arrow</translation>
    </message>
    <message>
        <source>Flèche droite</source>
        <translation>Right arrow</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Retour arrière</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Espace</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Maj</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Méta</source>
        <translation>Meta</translation>
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
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Fermer le sommaire</source>
        <translation>Close the contents</translation>
    </message>
    <message>
        <source>Autres menus</source>
        <translation>More menus</translation>
    </message>
    <message>
        <source>T&amp;hème</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>&amp;Recherche</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Problème dans le contenu :</source>
        <translation>Problem in the content:</translation>
    </message>
    <message>
        <source>Lect&amp;ure</source>
        <translation>&amp;Reading</translation>
    </message>
    <message>
        <source>Autres boutons de la barre d’outils</source>
        <translation>More toolbar buttons</translation>
    </message>
</context>
<context>
    <name>MenuNamer</name>
    <message>
        <source>Sous-menu {0}</source>
        <translation>Submenu {0}</translation>
    </message>
    <message>
        <source>Menu {0}</source>
        <translation>Menu {0}</translation>
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
        <source>Message : {0}</source>
        <translation>Message: {0}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
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
        <source>&amp;Zone suivante</source>
        <translation>Next &amp;area</translation>
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
        <source>Ce lien mène à une adresse extérieure, qui n’est pas ouverte (cet ordinateur n’a pas de connexion) : {0}</source>
        <translation>This link leads to an outside address, which is not opened (this computer has no connection): {0}</translation>
    </message>
    <message>
        <source>Ce lien n’est pas ouvert : il ne mène pas à une partie de l’article ({0}).</source>
        <translation>This link is not opened: it does not lead to a part of the article ({0}).</translation>
    </message>
</context>
<context>
    <name>PaneAccessibility</name>
    <message>
        <source>Titre de niveau {0}</source>
        <translation>Heading level {0}</translation>
    </message>
    <message>
        <source>Structure de l’article : titres, paragraphes, listes et liens</source>
        <translation>Structure of the article: headings, paragraphs, lists and links</translation>
    </message>
    <message>
        <source>Terme du glossaire : Entrée affiche sa définition</source>
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
    <name>PrintScopeDialog</name>
    <message>
        <source>Tout l’article</source>
        <translation>The whole article</translation>
    </message>
    <message>
        <source>Section en cours : « {0} »</source>
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
    <name>Printing</name>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
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
        <source>Choisir le fichier…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <source>Le PDF n’a pas été enregistré : {0}</source>
        <translation>The PDF was not saved: {0}</translation>
    </message>
    <message>
        <source>PDF enregistré : {0}</source>
        <translation>PDF saved: {0}</translation>
    </message>
    <message>
        <source>Problème dans le contenu :</source>
        <translation>Problem in the content:</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Nom du fichier :</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Type :</source>
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
        <source>Que voulez-vous imprimer ?</source>
        <translation>What do you want to print?</translation>
    </message>
    <message>
        <source>Que voulez-vous mettre dans le PDF ?</source>
        <translation>What do you want in the PDF?</translation>
    </message>
    <message>
        <source>le PDF n’a pas pu être dessiné.</source>
        <translation>the PDF could not be drawn.</translation>
    </message>
</context>
<context>
    <name>PrintingController</name>
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
</context>
<context>
    <name>ReadingActions</name>
    <message>
        <source>&amp;Lire à voix haute</source>
        <translation>&amp;Read aloud</translation>
    </message>
    <message>
        <source>&amp;Arrêter la lecture</source>
        <translation>&amp;Stop reading</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Phrase &amp;précédente</source>
        <translation>&amp;Previous sentence</translation>
    </message>
    <message>
        <source>Phrase &amp;suivante</source>
        <translation>&amp;Next sentence</translation>
    </message>
    <message>
        <source>Lire plus lente&amp;ment</source>
        <translation>Read slo&amp;wer</translation>
    </message>
    <message>
        <source>Lire plus &amp;vite</source>
        <translation>Read &amp;faster</translation>
    </message>
    <message>
        <source>Lire</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Reprendre</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>vitesse actuelle : {0}</source>
        <translation>current speed: {0}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Recherche</source>
        <translation>Search</translation>
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
        <source>Re&amp;chercher :</source>
        <translation>Fi&amp;nd:</translation>
    </message>
    <message>
        <source>Respecter les acce&amp;nts</source>
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
    <name>SearchController</name>
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
        <source>&amp;Aller aux résultats</source>
        <translation>Go to the &amp;results</translation>
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
        <source>{0} (dans « {1} »)</source>
        <translation>{0} (in “{1}”)</translation>
    </message>
    <message>
        <source>… et {0} autres, non listés : précisez la recherche.</source>
        <translation>… and {0} more, not listed: narrow the search.</translation>
    </message>
    <message>
        <source>Définition de « {0} » : {1}</source>
        <translation>Definition of “{0}”: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Définition de « {0} »&lt;/b&gt; : {1}</source>
        <translation>&lt;b&gt;Definition of “{0}”&lt;/b&gt;: {1}</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Section en cours : {0}</source>
        <translation>Current section: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Ouvrir le menu « {0} »</source>
        <translation>Open the “{0}” menu</translation>
    </message>
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
</context>
<context>
    <name>SpokenChanges</name>
    <message>
        <source>Grand texte activé</source>
        <translation>Large text on</translation>
    </message>
    <message>
        <source>Grand texte désactivé</source>
        <translation>Large text off</translation>
    </message>
    <message>
        <source>Thème : {0}</source>
        <translation>Theme: {0}</translation>
    </message>
</context>
<context>
    <name>TextPane</name>
    <message>
        <source>Titre suivant</source>
        <translation>Next heading</translation>
    </message>
    <message>
        <source>Titre précédent</source>
        <translation>Previous heading</translation>
    </message>
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
    <message>
        <source>Terme du glossaire, Entrée affiche sa définition</source>
        <translation>Glossary term, Enter shows its definition</translation>
    </message>
    <message>
        <source>Lien vers la partie « {0} »</source>
        <translation>Link to the part “{0}”</translation>
    </message>
    <message>
        <source>Lien vers une partie de l’article</source>
        <translation>Link to a part of the article</translation>
    </message>
    <message>
        <source>Adresse extérieure {0}, qui n’est pas ouverte</source>
        <translation>Outside address {0}, which is not opened</translation>
    </message>
    <message>
        <source>Dernier titre, pas d’autre titre après</source>
        <translation>Last heading, no other heading after it</translation>
    </message>
    <message>
        <source>Premier titre, pas d’autre titre avant</source>
        <translation>First heading, no other heading before it</translation>
    </message>
    <message>
        <source>{0}, titre de niveau {1}</source>
        <translation>{0}, heading level {1}</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Lecture à voix haute : voix « {0} » ({1}), sur cet ordinateur.</source>
        <translation>Reading aloud: voice “{0}” ({1}), on this computer.</translation>
    </message>
    <message>
        <source>Lecture à voix haute : avec la voix de cet ordinateur, sans connexion. Sous Debian ou Ubuntu, elle demande les paquets {0}.</source>
        <translation>Reading aloud: with this computer’s own voice, offline. On Debian or Ubuntu it needs the packages {0}.</translation>
    </message>
    <message>
        <source>La lecture à voix haute n’est pas installée : il manque PySide6-Addons (pip install 'lecteur-sante[voix]') et, sous Debian ou Ubuntu, les paquets {0}.</source>
        <translation>Reading aloud is not installed: PySide6-Addons is missing (pip install 'lecteur-sante[voix]') and, on Debian or Ubuntu, the packages {0}.</translation>
    </message>
    <message>
        <source>Aucune voix française n’est installée sur cet ordinateur. Sous Debian ou Ubuntu, installez les paquets {0}.</source>
        <translation>No voice for this language is installed on this computer. On Debian or Ubuntu, install the packages {0}.</translation>
    </message>
    <message>
        <source>La voix s’est arrêtée sur une erreur : {0}</source>
        <translation>The voice stopped on an error: {0}</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>{0} ou {1}</source>
        <translation>{0} or {1}</translation>
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