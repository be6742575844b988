<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="180"/>
        <source>Your message will be sent when {model} has loaded.</source>
        <translation>Votre message sera envoyé une fois {model} chargé.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="190"/>
        <source>{model} reloads to apply this conversation&apos;s thinking setting; your message is sent then.</source>
        <translation>{model} se recharge pour appliquer le réglage de réflexion de cette conversation ; votre message sera envoyé ensuite.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="236"/>
        <source>The conversation is longer than this model can read at once: the oldest {n} messages were left out of what it sees (they are still here).</source>
        <translation>La conversation est plus longue que ce que ce modèle peut lire d&apos;un coup : les {n} messages les plus anciens ont été retirés de ce qu&apos;il voit (ils restent affichés ici).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="245"/>
        <source>Waiting for another app&apos;s request to finish…</source>
        <translation>En attente de la fin de la requête d&apos;une autre application…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="292"/>
        <source>stopped before the first word</source>
        <translation>arrêtée avant le premier mot</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="294"/>
        <source>interrupted before the first word</source>
        <translation>interrompue avant le premier mot</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="304"/>
        <source>{model} — ready</source>
        <translation>{model} — prêt</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="412"/>
        <source>Edit your message and send it again.</source>
        <translation>Modifiez votre message et renvoyez-le.</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_input.py" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Écrivez un message — Enter pour envoyer, Shift+Enter pour aller à la ligne</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="13"/>
        <source>How much of the model&apos;s context this chat uses</source>
        <translation>Part du contexte du modèle utilisée par cette conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="21"/>
        <source>{used} / {total} tokens</source>
        <translation>{used} / {total} jetons</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="62"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="95"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="103"/>
        <source>{title} — Hearth</source>
        <translation>{title} — Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="129"/>
        <source>Rename chat</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="130"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="152"/>
        <source>Deleted “{title}”.</source>
        <translation>« {title} » supprimée.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="172"/>
        <source>There is nothing to export yet.</source>
        <translation>Il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="184"/>
        <source>Export chat</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="186"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="199"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="200"/>
        <source>The chat could not be saved to {path}: {error}</source>
        <translation>La conversation n&apos;a pas pu être enregistrée dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="205"/>
        <source>Saved to {path}</source>
        <translation>Enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="35"/>
        <source>&lt;b&gt;This conversation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette conversation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="36"/>
        <source>System prompt:</source>
        <translation>Instructions système :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="38"/>
        <source>How the model should behave (optional)</source>
        <translation>Comment le modèle doit se comporter (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="43"/>
        <source>Precise</source>
        <translation>Précis</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="44"/>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="45"/>
        <source>Creative</source>
        <translation>Créatif</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="46"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="47"/>
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="49"/>
        <source>Temperature:</source>
        <translation>Température :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="51"/>
        <source>Top-p:</source>
        <translation>Top-p :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="54"/>
        <source>Top-k:</source>
        <translation>Top-k :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="56"/>
        <source>Min-p:</source>
        <translation>Min-p :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="58"/>
        <source>Repeat penalty:</source>
        <translation>Pénalité de répétition :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="61"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="62"/>
        <source>Max reply tokens:</source>
        <translation>Jetons max. par réponse :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="65"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="66"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="70"/>
        <source>App default</source>
        <translation>Par défaut (application)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="71"/>
        <source>Context length:</source>
        <translation>Longueur de contexte :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="75"/>
        <source>Reasoning models can think before they answer: slower, often better.</source>
        <translation>Les modèles de raisonnement peuvent réfléchir avant de répondre : c&apos;est plus lent, mais souvent meilleur.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="77"/>
        <source>Thinking:</source>
        <translation>Réflexion :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="100"/>
        <source>Model&apos;s default</source>
        <translation>Par défaut (modèle)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="102"/>
        <source>Think first</source>
        <translation>Réfléchir d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="103"/>
        <source>Answer directly</source>
        <translation>Répondre directement</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="104"/>
        <source>Think briefly</source>
        <translation>Réfléchir brièvement</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="105"/>
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="106"/>
        <source>Think hard</source>
        <translation>Réfléchir en profondeur</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="42"/>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="74"/>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="46"/>
        <source>Search chats (Ctrl+F)</source>
        <translation>Rechercher dans les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="85"/>
        <source>No chats match</source>
        <translation>Aucune conversation ne correspond</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="117"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Pin to top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="122"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="124"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="57"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="60"/>
        <source>Something went wrong inside Hearth. Your conversation is still here.
The details were written to {log}.</source>
        <translation>Un problème est survenu dans Hearth. Votre conversation est toujours là.
Les détails ont été enregistrés dans {log}.</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="270"/>
        <source>Show the best for:</source>
        <translation>Afficher les meilleurs pour :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="273"/>
        <source>General chat</source>
        <translation>Conversation générale</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="274"/>
        <source>Coding</source>
        <translation>Programmation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="275"/>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="276"/>
        <source>Many languages</source>
        <translation>Multilingue</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="281"/>
        <source>Only models that run here</source>
        <translation>Uniquement les modèles qui fonctionnent ici</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="285"/>
        <source>Looking at this computer…</source>
        <translation>Analyse de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="306"/>
        <source>Working out what runs on this computer…</source>
        <translation>Recherche des modèles adaptés à cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="321"/>
        <source>The model catalog could not be read: {error}</source>
        <translation>Le catalogue des modèles n&apos;a pas pu être lu : {error}</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="134"/>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="184"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="163"/>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="167"/>
        <source>about {minutes} min left</source>
        <translation>environ {minutes} min restantes</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="168"/>
        <source>about {hours} h left</source>
        <translation>environ {hours} h restantes</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="186"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="202"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="215"/>
        <source>part {part} of {count}</source>
        <translation>partie {part} sur {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="220"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="225"/>
        <source>Waiting · {sizes}</source>
        <translation>En attente · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="227"/>
        <source>Paused · {sizes}</source>
        <translation>En pause · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="229"/>
        <source>Downloaded and verified · {size}</source>
        <translation>Téléchargé et vérifié · {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="231"/>
        <source>Stopped · {sizes}</source>
        <translation>Arrêté · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="233"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="34"/>
        <source>Interrupted — trying again…</source>
        <translation>Interrompu — nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="35"/>
        <source>Interrupted — retrying in {seconds} s</source>
        <translation>Interrompu — nouvelle tentative dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="40"/>
        <source>Offline — it starts by itself when the network is back (trying now…)</source>
        <translation>Hors ligne — reprise automatique au retour du réseau (tentative en cours…)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="43"/>
        <source>Offline — it starts by itself when the network is back (next try in {seconds} s)</source>
        <translation>Hors ligne — reprise automatique au retour du réseau (prochaine tentative dans {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="48"/>
        <source>Offline — trying again…</source>
        <translation>Hors ligne — nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="49"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation>Hors ligne — nouvelle tentative dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="55"/>
        <source>Hearth cannot reach {host}. It keeps trying and the download goes on by itself when the network is back; what is downloaded so far is kept.</source>
        <translation>Hearth n&apos;arrive pas à joindre {host}. Il continue d&apos;essayer et le téléchargement reprendra tout seul au retour du réseau ; ce qui a déjà été téléchargé est conservé.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="250"/>
        <source>&lt;b&gt;Downloads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Téléchargements&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="251"/>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="255"/>
        <source>Nothing is downloading. Models you download appear here.</source>
        <translation>Aucun téléchargement en cours. Les modèles que vous téléchargez apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/hearth/ui/draft.py" line="62"/>
        <source>What you type cannot be kept if Hearth closes: saving the draft failed ({error}).</source>
        <translation>Ce que vous tapez ne pourra pas être conservé si Hearth se ferme : l&apos;enregistrement du brouillon a échoué ({error}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="31"/>
        <source>The model {name} could not be loaded. The file may be incomplete or damaged; downloading it again usually helps. (llama.cpp said: {reason})</source>
        <translation>Le modèle {name} n&apos;a pas pu être chargé. Le fichier est peut-être incomplet ou endommagé ; le retélécharger règle généralement le problème. (Message de llama.cpp : {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="35"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="39"/>
        <source>The model stopped working in the middle of the reply. What it wrote so far is kept. Reload the model to go on.</source>
        <translation>Le modèle a cessé de fonctionner au milieu de la réponse. Ce qu&apos;il a déjà écrit est conservé. Rechargez le modèle pour continuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="48"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then try again.</source>
        <translation>Ce modèle est à accès restreint : acceptez la licence sur la page du modèle ({url}), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="52"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then add your Hugging Face token in Settings.</source>
        <translation>Ce modèle est à accès restreint : acceptez la licence sur la page du modèle ({url}), puis ajoutez votre jeton Hugging Face dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="60"/>
        <source>{file} arrived damaged and was deleted; it is never used for chat. Resume to download it again.</source>
        <translation>{file} est arrivé endommagé et a été supprimé ; il n&apos;est jamais utilisé pour converser. Reprenez le téléchargement pour le récupérer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="68"/>
        <source>{path} is not a complete model file: it may have been cut short while downloading or copying. Download it again.</source>
        <translation>{path} n&apos;est pas un fichier de modèle complet : il a peut-être été tronqué pendant le téléchargement ou la copie. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="72"/>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="99"/>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="76"/>
        <source>Hearth cannot read the chat history at {path} ({reason}). Your chats are not changed; a backup of the file can be restored there.</source>
        <translation>Hearth ne peut pas lire l&apos;historique des conversations dans {path} ({reason}). Vos conversations ne sont pas modifiées ; une sauvegarde du fichier peut y être restaurée.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="85"/>
        <source>The model file {path} is missing. It may have been moved or deleted.</source>
        <translation>Le fichier de modèle {path} est introuvable. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="88"/>
        <source>{path} is not a model file Hearth can use (it is not in GGUF format).</source>
        <translation>{path} n&apos;est pas un fichier de modèle utilisable par Hearth (il n&apos;est pas au format GGUF).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="91"/>
        <source>The model file {path} cannot be read ({detail}). Check that the drive it is on is connected and that you may read it.</source>
        <translation>Le fichier de modèle {path} ne peut pas être lu ({detail}). Vérifiez que le disque qui le contient est connecté et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="96"/>
        <source>{path} is not a valid model file ({detail}). Download it again, or choose another.</source>
        <translation>{path} n&apos;est pas un fichier de modèle valide ({detail}). Téléchargez-le à nouveau ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="101"/>
        <source>This file describes a kind of model Hearth cannot run for chat (architecture {arch}).</source>
        <translation>Ce fichier décrit un type de modèle que Hearth ne peut pas exécuter pour la conversation (architecture {arch}).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="104"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="105"/>
        <source>{name} is too large for this computer: it needs {need} GB and there are {have} GB.</source>
        <translation>{name} est trop volumineux pour cet ordinateur : il nécessite {need} Go, pour {have} Go disponibles.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="113"/>
        <source>No installed model is called {name}.</source>
        <translation>Aucun modèle installé ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="116"/>
        <source>{name} belongs to {app} (in {folder}); Hearth only uses it where it is. Remove it in {app} to free its space.</source>
        <translation>{name} appartient à {app} (dans {folder}) ; Hearth l&apos;utilise simplement sur place. Supprimez-le dans {app} pour libérer son espace.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="121"/>
        <source>{path} is one part of a model split into several files, and some of the other parts are not next to it.</source>
        <translation>{path} est une partie d&apos;un modèle découpé en plusieurs fichiers, et certaines des autres parties ne se trouvent pas à côté.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="126"/>
        <source>{name} comes with Hearth and cannot be deleted.</source>
        <translation>{name} est fourni avec Hearth et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="131"/>
        <source>The model took longer than {seconds} seconds to load, so loading was stopped.</source>
        <translation>Le chargement du modèle a pris plus de {seconds} secondes ; il a donc été arrêté.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="136"/>
        <source>The model could not answer this message ({detail}). Try sending it again.</source>
        <translation>Le modèle n&apos;a pas pu répondre à ce message ({detail}). Essayez de le renvoyer.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="139"/>
        <source>The model&apos;s engine refused Hearth&apos;s key. Reload the model.</source>
        <translation>Le moteur du modèle a refusé la clé de Hearth. Rechargez le modèle.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="142"/>
        <source>Loading the model was cancelled.</source>
        <translation>Le chargement du modèle a été annulé.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="144"/>
        <source>Hearth&apos;s list of models is damaged ({where}). Reinstalling Hearth restores it.</source>
        <translation>La liste des modèles de Hearth est endommagée ({where}). Réinstaller Hearth la rétablit.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="147"/>
        <source>Hearth&apos;s list of models is missing. Reinstalling Hearth restores it.</source>
        <translation>La liste des modèles de Hearth est introuvable. Réinstaller Hearth la rétablit.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="151"/>
        <source>The chat history could not be saved or read ({reason}). What is on screen is kept; try again, or check the free disk space.</source>
        <translation>L&apos;historique des conversations n&apos;a pas pu être enregistré ou lu ({reason}). Ce qui est affiché est conservé ; réessayez ou vérifiez l&apos;espace disque libre.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="156"/>
        <source>The chat history was written by a newer version of Hearth. Update Hearth to open it; nothing in it was changed.</source>
        <translation>L&apos;historique des conversations a été écrit par une version plus récente de Hearth. Mettez Hearth à jour pour l&apos;ouvrir ; rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="162"/>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <translation>Cette conversation n&apos;existe plus ; elle a peut-être été supprimée dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="165"/>
        <source>This message no longer exists; it may have been deleted in another window.</source>
        <translation>Ce message n&apos;existe plus ; il a peut-être été supprimé dans une autre fenêtre.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="168"/>
        <source>This is not a chat exported by Hearth ({reason}).</source>
        <translation>Il ne s&apos;agit pas d&apos;une conversation exportée par Hearth ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="171"/>
        <source>Hearth can save a chat as Markdown (.md) or JSON (.json): choose one of those.</source>
        <translation>Hearth peut enregistrer une conversation en Markdown (.md) ou en JSON (.json) : choisissez l&apos;un de ces formats.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="174"/>
        <source>Could not save the chat to {path} ({reason}). Choose another folder or file name.</source>
        <translation>Impossible d&apos;enregistrer la conversation dans {path} ({reason}). Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="180"/>
        <source>The model hub listed a file named {path}, which would be saved outside the models folder, so it was not downloaded. If you set a mirror, it may be broken.</source>
        <translation>Le hub de modèles a indiqué un fichier nommé {path}, qui serait enregistré hors du dossier des modèles ; il n&apos;a donc pas été téléchargé. Si vous avez défini un miroir, il est peut-être défaillant.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="185"/>
        <source>{repo} is not a model name on the hub; they look like owner/name (for example bartowski/Llama-3.2-3B-Instruct-GGUF).</source>
        <translation>{repo} n&apos;est pas un nom de modèle du hub ; ceux-ci sont de la forme propriétaire/nom (par exemple bartowski/Llama-3.2-3B-Instruct-GGUF).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="190"/>
        <source>There is no model {repo} on {host}.</source>
        <translation>Il n&apos;existe aucun modèle {repo} sur {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="193"/>
        <source>The model {repo} has no file {file}.</source>
        <translation>Le modèle {repo} ne contient pas de fichier {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="196"/>
        <source>The hub did not accept your Hugging Face token. Check it in Settings.</source>
        <translation>Le hub n&apos;a pas accepté votre jeton Hugging Face. Vérifiez-le dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="199"/>
        <source>The hub refused access (403). Your token may lack permission, or access may be blocked where you are: try a mirror as the hub address in Settings.</source>
        <translation>Le hub a refusé l&apos;accès (403). Votre jeton n&apos;a peut-être pas l&apos;autorisation nécessaire, ou l&apos;accès est peut-être bloqué là où vous êtes : essayez un miroir comme adresse du hub dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="204"/>
        <source>The hub is limiting downloads right now. Resume in a few minutes; nothing downloaded so far is lost.</source>
        <translation>Le hub limite les téléchargements en ce moment. Reprenez dans quelques minutes ; rien de ce qui a déjà été téléchargé n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="209"/>
        <source>The hub had a problem on its side (HTTP {status}). Resume later; nothing downloaded so far is lost.</source>
        <translation>Le hub a rencontré un problème de son côté (HTTP {status}). Reprenez plus tard ; rien de ce qui a déjà été téléchargé n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="214"/>
        <source>The hub answered with an error (HTTP {status}) for {file}. Try again later.</source>
        <translation>Le hub a répondu par une erreur (HTTP {status}) pour {file}. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="217"/>
        <source>Cannot reach {host}. Check the internet connection, then resume: nothing downloaded so far is lost.</source>
        <translation>Impossible de joindre {host}. Vérifiez la connexion Internet, puis reprenez : rien de ce qui a déjà été téléchargé n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="222"/>
        <source>Talking to the model hub failed ({detail}). Try again in a moment.</source>
        <translation>La communication avec le hub de modèles a échoué ({detail}). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="225"/>
        <source>{repo} has no model files Hearth can run (GGUF). Look for a version of it whose name ends in -GGUF.</source>
        <translation>{repo} ne contient aucun fichier de modèle que Hearth peut exécuter (GGUF). Cherchez-en une version dont le nom se termine par -GGUF.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="230"/>
        <source>{repo} comes in several versions; choose one of: {choices}.</source>
        <translation>{repo} existe en plusieurs versions ; choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="233"/>
        <source>{repo} has no {quant} version. It has: {choices}.</source>
        <translation>{repo} n&apos;a pas de version {quant}. Versions disponibles : {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="236"/>
        <source>Hearth could not check whether {file} fits this computer. Try again in a moment.</source>
        <translation>Hearth n&apos;a pas pu vérifier si {file} convient à cet ordinateur. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="239"/>
        <source>Not enough free disk space: this model needs {needed} and there is {free} free.</source>
        <translation>Espace disque insuffisant : ce modèle nécessite {needed} et il reste {free} de libre.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="242"/>
        <source>The disk is full. Free some space, then resume.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace, puis reprenez.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="245"/>
        <source>The download failed ({detail}). Resume it to try again; nothing downloaded so far is lost.</source>
        <translation>Le téléchargement a échoué ({detail}). Reprenez-le pour réessayer ; rien de ce qui a déjà été téléchargé n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="250"/>
        <source>{name} is split into several files and some of them are missing on the hub, so it cannot be downloaded.</source>
        <translation>{name} est découpé en plusieurs fichiers dont certains manquent sur le hub ; il ne peut donc pas être téléchargé.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="255"/>
        <source>{file} is already being downloaded by another Hearth window or command.</source>
        <translation>{file} est déjà en cours de téléchargement dans une autre fenêtre ou commande Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="258"/>
        <source>Hearth could not write the download to {folder} ({detail}). Check the free space and that the folder may be written to.</source>
        <translation>Hearth n&apos;a pas pu écrire le téléchargement dans {folder} ({detail}). Vérifiez l&apos;espace libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="264"/>
        <source>This computer has no password store Hearth can use, so the token cannot be saved. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).</source>
        <translation>Cet ordinateur n&apos;a pas de gestionnaire de mots de passe utilisable par Hearth ; le jeton ne peut donc pas être enregistré. Sous Linux, installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="269"/>
        <source>A Hugging Face token is one word without spaces, starting with hf_.</source>
        <translation>Un jeton Hugging Face est un seul mot sans espaces, qui commence par hf_.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="272"/>
        <source>{path} is not a hardware profile saved by Hearth (hearth detect --json).</source>
        <translation>{path} n&apos;est pas un profil matériel enregistré par Hearth (hearth detect --json).</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>%n parts</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="193"/>
        <source>Checking whether it runs here…</source>
        <translation>Vérification de la compatibilité avec cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="195"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="199"/>
        <source>Some parts of this model are missing on the hub.</source>
        <translation>Certaines parties de ce modèle manquent sur le hub.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="205"/>
        <source>Could not check whether it runs here: {reason}</source>
        <translation>Impossible de vérifier s&apos;il fonctionne ici : {reason}</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="32"/>
        <source>Hearth runs models through Vulkan, which is slower.</source>
        <translation>Hearth exécute les modèles via Vulkan, ce qui est plus lent.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="33"/>
        <source>Hearth runs models on the processor only.</source>
        <translation>Hearth exécute les modèles sur le processeur seul.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="40"/>
        <source>To use it: {command}</source>
        <translation>Pour l&apos;utiliser : {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="43"/>
        <source>Install &quot;Hearth for NVIDIA&quot; from the download page: it uses your GPU through CUDA (an up-to-date NVIDIA driver is needed).</source>
        <translation>Installez « Hearth for NVIDIA » depuis la page de téléchargement : cette version utilise votre GPU via CUDA (un pilote NVIDIA à jour est nécessaire).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="49"/>
        <source>The Apple Silicon download of Hearth uses it through Metal.</source>
        <translation>La version Apple Silicon de Hearth, disponible sur la page de téléchargement, l&apos;utilise via Metal.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="50"/>
        <source>Hearth uses it through Vulkan: install your graphics driver&apos;s Vulkan support (on Debian and Ubuntu: mesa-vulkan-drivers), then restart Hearth.</source>
        <translation>Hearth l&apos;utilise via Vulkan : installez la prise en charge de Vulkan pour votre pilote graphique (sur Debian et Ubuntu : mesa-vulkan-drivers), puis redémarrez Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="58"/>
        <source>Your {gpu} is not used: this llama.cpp build has no {backend} backend, so models run on the processor only.</source>
        <translation>Votre {gpu} n&apos;est pas utilisé : cette version de llama.cpp ne prend pas en charge {backend}, les modèles s&apos;exécutent donc sur le processeur seul.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="64"/>
        <source>On integrated graphics the gain over the processor is often small.</source>
        <translation>Avec une carte graphique intégrée, le gain par rapport au processeur est souvent faible.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="71"/>
        <source>Hearth is running as an Intel (x86_64) program under Rosetta on an Apple Silicon Mac, which is much slower and cannot use the GPU. Install the Apple Silicon (arm64) version of Hearth.</source>
        <translation>Hearth s&apos;exécute en tant que programme Intel (x86_64) sous Rosetta sur un Mac Apple Silicon, ce qui est beaucoup plus lent et ne permet pas d&apos;utiliser le GPU. Installez la version Apple Silicon (arm64) de Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="77"/>
        <source>The NVIDIA driver did not answer ({reason}). If the driver was updated recently, restart the computer.</source>
        <translation>Le pilote NVIDIA n&apos;a pas répondu ({reason}). S&apos;il a été mis à jour récemment, redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="82"/>
        <source>llama.cpp (the llama-cpp-python package) is not installed, so models cannot run yet.</source>
        <translation>llama.cpp (le paquet llama-cpp-python) n&apos;est pas installé : les modèles ne peuvent donc pas encore s&apos;exécuter.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="86"/>
        <source>Hearth could not ask llama.cpp which devices it can use ({reason}); it assumes the processor only.</source>
        <translation>Hearth n&apos;a pas pu demander à llama.cpp quels périphériques il peut utiliser ({reason}) ; il considère que seul le processeur est disponible.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="92"/>
        <source>llama.cpp can use {seen} of your {total} {vendor} GPUs. The others may be hidden by CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES or GGML_VK_VISIBLE_DEVICES.</source>
        <translation>llama.cpp peut utiliser {seen} de vos {total} GPU {vendor}. Les autres sont peut-être masqués par CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES ou GGML_VK_VISIBLE_DEVICES.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="97"/>
        <source>Your NVIDIA driver ({driver}) is too old for CUDA 12, which needs {needed} or newer. {fallback} Update the NVIDIA driver to use your {gpu} fully.</source>
        <translation>Votre pilote NVIDIA ({driver}) est trop ancien pour CUDA 12, qui demande la version {needed} ou plus récente. {fallback} Mettez à jour le pilote NVIDIA pour tirer pleinement parti de votre {gpu}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="107"/>
        <source>CUDA could not start on your {gpu}. {fallback} Updating the NVIDIA driver and restarting the computer usually fixes this.</source>
        <translation>CUDA n&apos;a pas pu démarrer sur votre {gpu}. {fallback} Mettre à jour le pilote NVIDIA puis redémarrer l&apos;ordinateur règle généralement le problème.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="112"/>
        <source>A {vendor} graphics card was found (PCI {slot}) but no driver is loaded for it, so it cannot be used. Install the {vendor} driver.</source>
        <translation>Une carte graphique {vendor} a été détectée (PCI {slot}), mais aucun pilote n&apos;est chargé pour elle : elle ne peut donc pas être utilisée. Installez le pilote {vendor}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="117"/>
        <source>Your NVIDIA graphics card (PCI {slot}) runs the open-source nouveau driver, which cannot run models. Install NVIDIA&apos;s own driver to use it.</source>
        <translation>Votre carte graphique NVIDIA (PCI {slot}) utilise le pilote libre nouveau, qui ne peut pas exécuter de modèles. Installez le pilote officiel de NVIDIA pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="122"/>
        <source>Memory is shared between the processor and the GPU: models on the GPU can use up to {gpu} GB of your {ram} GB (Metal&apos;s limit, which `sudo sysctl iogpu.wired_limit_mb=...` can raise).</source>
        <translation>La mémoire est partagée entre le processeur et le GPU : les modèles sur le GPU peuvent utiliser jusqu&apos;à {gpu} Go de vos {ram} Go (limite fixée par Metal, que `sudo sysctl iogpu.wired_limit_mb=...` permet de relever).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="128"/>
        <source>The {gpu} shares system memory: {reserved} GB is reserved for it and it can map up to {shared} GB more.</source>
        <translation>Le GPU {gpu} partage la mémoire vive du système : {reserved} Go lui sont réservés et il peut en utiliser jusqu&apos;à {shared} Go de plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="137"/>
        <source>Your processor has no AVX2 instructions, so models run several times slower on it than on recent processors.</source>
        <translation>Votre processeur ne dispose pas des instructions AVX2 : les modèles y tournent donc plusieurs fois plus lentement que sur les processeurs récents.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="142"/>
        <source>Some hardware could not be read ({probes}); recommendations may be less accurate. Details are in Hearth&apos;s log.</source>
        <translation>Une partie du matériel n&apos;a pas pu être lue ({probes}) ; les recommandations peuvent être moins précises. Les détails figurent dans le journal de Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="147"/>
        <source>Hearth could not read this computer&apos;s hardware; see Hearth&apos;s log.</source>
        <translation>Hearth n&apos;a pas pu lire le matériel de cet ordinateur ; consultez le journal de Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="160"/>
        <source>System memory (RAM)</source>
        <translation>Mémoire vive (RAM)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="161"/>
        <source>Unified memory</source>
        <translation>Mémoire partagée</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="163"/>
        <source>{gpu} (GPU share)</source>
        <translation>{gpu} (part du GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="164"/>
        <source>{gpu} (shared memory)</source>
        <translation>{gpu} (mémoire partagée)</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="45"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="49"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="73"/>
        <source>Looking at this computer…</source>
        <translation>Analyse de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="53"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="61"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="85"/>
        <source>Processor:</source>
        <translation>Processeur :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="87"/>
        <source>{brand} — {cores} cores, {threads} threads</source>
        <translation>{brand} — {cores} cœurs, {threads} threads</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="88"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="94"/>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="95"/>
        <source>Graphics:</source>
        <translation>Carte graphique :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>llama.cpp uses:</source>
        <translation>llama.cpp utilise :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="101"/>
        <source>CPU code:</source>
        <translation>Code processeur :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="103"/>
        <source>built for {variant}</source>
        <translation>compilé pour {variant}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="116"/>
        <source>Not used:</source>
        <translation>Non utilisé :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="136"/>
        <source>{total} — use unknown</source>
        <translation>{total} — utilisation inconnue</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="140"/>
        <source>{used} used of {total} ({free} available)</source>
        <translation>{used} utilisés sur {total} ({free} disponibles)</translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="235"/>
        <source>Search the hub for GGUF models, e.g. qwen 7b</source>
        <translation>Rechercher des modèles GGUF sur le hub, p. ex. qwen 7b</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="238"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="285"/>
        <source>Searching the hub…</source>
        <translation>Recherche sur le hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="304"/>
        <source>Cannot reach {host}. Check the internet connection; where the hub is slow or blocked, set a mirror as the hub address in Settings.</source>
        <translation>Impossible de joindre {host}. Vérifiez la connexion Internet ; si le hub est lent ou bloqué chez vous, indiquez un miroir comme adresse du hub dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="308"/>
        <source>The hub is limiting how often it answers. Try again in a few minutes.</source>
        <translation>Le hub limite la fréquence de ses réponses. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="310"/>
        <source>The hub had a problem on its side (HTTP {status}). Try again later.</source>
        <translation>Le hub a rencontré un problème de son côté (HTTP {status}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="321"/>
        <source>1 download</source>
        <translation>1 téléchargement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="323"/>
        <source>%Ln downloads</source>
        <translation>
            <numerusform>%Ln téléchargement</numerusform>
            <numerusform>%Ln téléchargements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="326"/>
        <source>{facts} · gated</source>
        <translation>{facts} · accès restreint</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="331"/>
        <source>No GGUF models on the hub match “{query}”.</source>
        <translation>Aucun modèle GGUF du hub ne correspond à « {query} ».</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="345"/>
        <source>Listing the model files…</source>
        <translation>Récupération de la liste des fichiers du modèle…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="357"/>
        <source>This repository has no GGUF model files.</source>
        <translation>Ce dépôt ne contient aucun fichier de modèle GGUF.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="123"/>
        <source>Checking {name} on Hugging Face…</source>
        <translation>Vérification de {name} sur Hugging Face…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="140"/>
        <source>{name} is ready to chat with.</source>
        <translation>{name} est prêt pour la conversation.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="152"/>
        <source>Could not look for unfinished downloads: {error}</source>
        <translation>Impossible de rechercher les téléchargements inachevés : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="161"/>
        <source>Continue the unfinished download</source>
        <translation>Poursuivre le téléchargement inachevé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/library_ui.py" line="163"/>
        <source>Continue %n unfinished downloads</source>
        <translation>
            <numerusform>Poursuivre %n téléchargement inachevé</numerusform>
            <numerusform>Poursuivre les %n téléchargements inachevés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="185"/>
        <source>Add a model file</source>
        <translation>Ajouter un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="187"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="199"/>
        <source>Cannot add this file</source>
        <translation>Impossible d&apos;ajouter ce fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="204"/>
        <source>Added {name}; it stays where it is.</source>
        <translation>{name} ajouté ; le fichier reste à son emplacement.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="219"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="229"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="244"/>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="222"/>
        <source>Delete {name}? This frees {size} on disk.</source>
        <translation>Supprimer {name} ? Cela libère {size} sur le disque.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="227"/>
        <source>Remove {name} from Hearth? The file itself stays where it is.</source>
        <translation>Retirer {name} de Hearth ? Le fichier lui-même reste à son emplacement.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="240"/>
        <source>{name} could not be deleted: {error}</source>
        <translation>{name} n&apos;a pas pu être supprimé : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="248"/>
        <source>Deleted {name}: {size} freed.</source>
        <translation>{name} supprimé : {size} libérés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="127"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="158"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="161"/>
        <source>Chat settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="167"/>
        <source>Reload model</source>
        <translation>Recharger le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="176"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="177"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="178"/>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="187"/>
        <source>Chat</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="195"/>
        <source>Discover models</source>
        <translation>Découvrir des modèles</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="196"/>
        <source>Search Hugging Face</source>
        <translation>Rechercher sur Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="197"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="327"/>
        <source>There is no model to chat with yet.</source>
        <translation>Il n&apos;y a encore aucun modèle avec lequel converser.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="355"/>
        <source>{model} — stopped unexpectedly</source>
        <translation>{model} — arrêté de façon inattendue</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="398"/>
        <source>Token not saved</source>
        <translation>Jeton non enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="411"/>
        <source>Could not save settings: {error}</source>
        <translation>Impossible d&apos;enregistrer les paramètres : {error}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="62"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="67"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="70"/>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="72"/>
        <source>S&amp;top reply</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="74"/>
        <source>Choose &amp;model</source>
        <translation>Choisir le &amp;modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="78"/>
        <source>C&amp;hat settings</source>
        <translation>Paramètres de la &amp;conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="83"/>
        <source>Show the &amp;chat</source>
        <translation>Afficher la &amp;conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="87"/>
        <source>&amp;Discover models</source>
        <translation>&amp;Découvrir des modèles</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="93"/>
        <source>Search &amp;Hugging Face</source>
        <translation>Rechercher sur &amp;Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="98"/>
        <source>Do&amp;wnloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="101"/>
        <source>&amp;Add a model file…</source>
        <translation>&amp;Ajouter un fichier de modèle…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="105"/>
        <source>Show the model in the &amp;file manager</source>
        <translation>Afficher le modèle dans le &amp;gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="110"/>
        <source>De&amp;lete this model…</source>
        <translation>&amp;Supprimer ce modèle…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="112"/>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="116"/>
        <source>This &amp;computer…</source>
        <translation>Cet &amp;ordinateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="123"/>
        <source>&amp;About Hearth</source>
        <translation>À &amp;propos de Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="125"/>
        <source>&amp;Chat</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="128"/>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="137"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="176"/>
        <source>About Hearth</source>
        <translation>À propos de Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="177"/>
        <source>Hearth {version}
Open language models on your own computer, offline.</source>
        <translation>Hearth {version}
Des modèles de langage ouverts sur votre propre ordinateur, hors ligne.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit this message and send it again</source>
        <translation>Modifier ce message et le renvoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Write this reply again</source>
        <translation>Réécrire cette réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete this message</source>
        <translation>Supprimer ce message</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="223"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="225"/>
        <source>Thought for {seconds:.0f} s</source>
        <translation>Réflexion durant {seconds:.0f} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="227"/>
        <source>Thoughts</source>
        <translation>Réflexion</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="92"/>
        <source>{name}: stopped the self-test with an error ({signal})</source>
        <translation>{name} : s&apos;est arrêté sur une erreur pendant l&apos;autotest ({signal})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="96"/>
        <source>{name}: stopped during a reply ({signal})</source>
        <translation>{name} : s&apos;est arrêté pendant une réponse ({signal})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="100"/>
        <source>{name}: computed wrong results in the self-test</source>
        <translation>{name} : a calculé des résultats erronés pendant l&apos;autotest</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="103"/>
        <source>{name}: did not finish its self-test</source>
        <translation>{name} : n&apos;a pas terminé son autotest</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="110"/>
        <source>Your processor could not run llama.cpp&apos;s fastest code ({crashed}, {signal}). Hearth now uses the {now} code and is asking again.</source>
        <translation>Votre processeur n&apos;a pas pu exécuter le code le plus rapide de llama.cpp ({crashed}, {signal}). Hearth utilise désormais le code {now} et repose la question.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="120"/>
        <source>Your GPU stopped responding during the reply ({reason}). The model now runs on the CPU alone, and Hearth is asking again.</source>
        <translation>Votre GPU s&apos;est bloqué pendant la réponse ({reason}). Le modèle s&apos;exécute désormais sur le processeur seul, et Hearth repose la question.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="126"/>
        <source>Your GPU could not load this model ({reason}), so it runs on the CPU alone.</source>
        <translation>Votre GPU n&apos;a pas pu charger ce modèle ({reason}) ; il s&apos;exécute donc sur le processeur seul.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="131"/>
        <source>Your GPU could not hold all {requested} layers of this model ({reason}). {now} run on the GPU now, the rest on the CPU.</source>
        <translation>Votre GPU n&apos;a pas pu contenir les {requested} couches de ce modèle ({reason}). {now} d&apos;entre elles s&apos;exécutent désormais sur le GPU, le reste sur le processeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="138"/>
        <source>Expect about {after} tokens/s instead of {before}.</source>
        <translation>Comptez environ {after} jetons/s au lieu de {before}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="149"/>
        <source>on the CPU</source>
        <translation>sur le processeur</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="150"/>
        <source>the GPU</source>
        <translation>le GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="152"/>
        <source>all {total} layers on {devices}</source>
        <translation>les {total} couches sur {devices}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="155"/>
        <source>{layers} of {total} layers on {devices}, the rest on the CPU</source>
        <translation>{layers}/{total} couches sur {devices}, le reste sur le processeur</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="167"/>
        <source>{device}: weights {w} GB · KV cache {kv} GB · other {o} GB — of {cap} GB</source>
        <translation>{device} : poids {w} Go · cache KV {kv} Go · autres {o} Go — sur {cap} Go</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="180"/>
        <source>{size} GB download</source>
        <translation>{size} Go à télécharger</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="181"/>
        <source>licence: {name}</source>
        <translation>licence : {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/discover.py" line="182"/>
        <source>context %Ln tokens</source>
        <translation>
            <numerusform>contexte de %Ln jeton</numerusform>
            <numerusform>contexte de %Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="187"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="190"/>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="203"/>
        <source>{rate} tokens/s as measured here</source>
        <translation>{rate} jetons/s mesurés ici</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="206"/>
        <source>about {rate} tokens/s (predicted from replies here)</source>
        <translation>environ {rate} jetons/s (estimation d&apos;après les réponses obtenues ici)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="207"/>
        <source>about {rate} tokens/s (predicted)</source>
        <translation>environ {rate} jetons/s (estimation)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="217"/>
        <source>fits your {total} GB GPU with {spare} GB to spare, {speed}</source>
        <translation>tient dans votre GPU de {total} Go avec {spare} Go de marge, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="224"/>
        <source>{layers} of {total} layers on your GPU, the rest in RAM, {speed}</source>
        <translation>{layers}/{total} couches sur votre GPU, le reste en mémoire vive, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="227"/>
        <source>runs on your CPU with {spare} GB of RAM to spare, {speed}</source>
        <translation>s&apos;exécute sur votre processeur avec {spare} Go de mémoire vive de marge, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="230"/>
        <source>Recommended: {reason}</source>
        <translation>Recommandé : {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>Shared memory</source>
        <translation>Mémoire partagée</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>GPU memory</source>
        <translation>Mémoire vidéo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="237"/>
        <source>RAM</source>
        <translation>Mémoire vive</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="241"/>
        <source>Runs on GPU</source>
        <translation>Sur le GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="242"/>
        <source>Partly on GPU</source>
        <translation>En partie sur le GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="243"/>
        <source>Runs on CPU</source>
        <translation>Sur le processeur</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="244"/>
        <source>Too large</source>
        <translation>Trop volumineux</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="137"/>
        <source>No models installed yet.</source>
        <translation>Aucun modèle installé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="206"/>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="212"/>
        <source>{model} — ready (loaded in {seconds:.1f} s)</source>
        <translation>{model} — prêt (chargé en {seconds:.1f} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="221"/>
        <source>serving other apps at {url}/v1</source>
        <translation>accessible aux autres applications sur {url}/v1</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="230"/>
        <source>{model} — not loaded</source>
        <translation>{model} — non chargé</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="237"/>
        <source>{model} was unloaded to free memory; it loads again when you send.</source>
        <translation>{model} a été déchargé pour libérer de la mémoire ; il se rechargera à votre prochain envoi.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="20"/>
        <source>The model you are chatting with (Ctrl+M)</source>
        <translation>Le modèle avec lequel vous conversez (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="33"/>
        <source>Comes with Hearth</source>
        <translation>Fourni avec Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="37"/>
        <source>{model}  —  your file</source>
        <translation>{model}  —  votre fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="39"/>
        <source>{model}  —  from {app}</source>
        <translation>{model}  —  de {app}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="98"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="103"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="104"/>
        <source>The model</source>
        <translation>Le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="105"/>
        <source>Other apps</source>
        <translation>Autres applications</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="106"/>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="124"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="130"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="132"/>
        <source>Hearth shows the new language when it starts again.</source>
        <translation>Hearth affichera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="144"/>
        <source>Automatic ({count})</source>
        <translation>Automatique ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="147"/>
        <source>CPU threads:</source>
        <translation>Threads du processeur :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="150"/>
        <source>Automatic uses one thread per physical core. On some small machines fewer threads are faster: try it and watch the tokens/s in the status bar.</source>
        <translation>En automatique, un thread par cœur physique. Sur certaines petites machines, moins de threads vont plus vite : essayez en surveillant les jetons/s dans la barre d&apos;état.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="158"/>
        <source>Automatic (what fits)</source>
        <translation>Automatique (selon la mémoire disponible)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="160"/>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="162"/>
        <source>Context length:</source>
        <translation>Longueur de contexte :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="166"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="167"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="169"/>
        <source>Unload the model when idle for:</source>
        <translation>Décharger le modèle après une inactivité de :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="172"/>
        <source>Let other apps on this computer use the model</source>
        <translation>Permettre aux autres applications de cet ordinateur d&apos;utiliser le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="176"/>
        <source>An OpenAI-compatible API at http://127.0.0.1:PORT/v1, reachable only from this computer.</source>
        <translation>Une API compatible OpenAI sur http://127.0.0.1:PORT/v1, accessible uniquement depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="184"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="186"/>
        <source>apps must send this key (kept in the keyring)</source>
        <translation>les applications doivent envoyer cette clé (conservée dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="188"/>
        <source>API key:</source>
        <translation>Clé d&apos;API :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="197"/>
        <source>Where models are downloaded from. Set a mirror where huggingface.co is slow or blocked.</source>
        <translation>L&apos;adresse d&apos;où les modèles sont téléchargés. Indiquez un miroir si huggingface.co est lent ou bloqué.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="201"/>
        <source>Hugging Face address:</source>
        <translation>Adresse Hugging Face :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="204"/>
        <source>for gated models (optional)</source>
        <translation>pour les modèles à accès restreint (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="205"/>
        <source>Kept in the system keyring, never in Hearth&apos;s files.</source>
        <translation>Conservé dans le trousseau du système, jamais dans les fichiers de Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="206"/>
        <source>Hugging Face token:</source>
        <translation>Jeton Hugging Face :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="207"/>
        <source>Also send my token to this mirror</source>
        <translation>Envoyer aussi mon jeton à ce miroir</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="209"/>
        <source>Off: the token goes to huggingface.co only, never to another address.</source>
        <translation>Désactivé : le jeton est envoyé uniquement à huggingface.co, jamais à une autre adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="213"/>
        <source>Use models other apps keep on this computer</source>
        <translation>Utiliser les modèles que d&apos;autres applications conservent sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="215"/>
        <source>LM Studio, GPT4All, Jan, Ollama and the Hugging Face cache; used in place.</source>
        <translation>LM Studio, GPT4All, Jan, Ollama et le cache Hugging Face ; utilisés sur place.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="231"/>
        <source>saved in your system&apos;s keyring</source>
        <translation>enregistré dans le trousseau de votre système</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="60"/>
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="65"/>
        <source>Type a message below to start a chat.
Everything stays on this computer.</source>
        <translation>Écrivez un message ci-dessous pour commencer une conversation.
Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="88"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="104"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="105"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>1 token</source>
        <translation>1 jeton</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="130"/>
        <source>{speed:.1f} tokens/s</source>
        <translation>{speed:.1f} jetons/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="132"/>
        <source>first token {ms:.0f} ms</source>
        <translation>premier jeton en {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="134"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="136"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="138"/>
        <source>cut at its length limit</source>
        <translation>coupée à la longueur maximale</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="69"/>
        <source>Runs fully on your GPU — about {rate} tokens/s</source>
        <translation>S&apos;exécute entièrement sur votre GPU — environ {rate} jetons/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="73"/>
        <source>Partial GPU offload ({layers} of {total} layers) — about {rate} tokens/s</source>
        <translation>En partie sur le GPU ({layers} couches sur {total}) — environ {rate} jetons/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="77"/>
        <source>Runs on CPU — about {rate} tokens/s</source>
        <translation>S&apos;exécute sur le processeur — environ {rate} jetons/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="79"/>
        <source>Too large — needs {need} GB, you have {have} GB</source>
        <translation>Trop volumineux — nécessite {need} Go, vous disposez de {have} Go</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="86"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="102"/>
        <source>Welcome to Hearth</source>
        <translation>Bienvenue dans Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="110"/>
        <source>Hearth runs AI chat models on this computer. What you write stays here, and a model on this computer works without the internet.</source>
        <translation>Hearth exécute des modèles de conversation IA sur cet ordinateur. Ce que vous écrivez reste ici, et un modèle installé sur cet ordinateur fonctionne sans Internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="119"/>
        <source>What Hearth found on this computer</source>
        <translation>Ce que Hearth a trouvé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="126"/>
        <source>Looking at this computer…</source>
        <translation>Analyse de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="133"/>
        <source>Hearth also found a model already on this computer; you can choose it from the Model list.</source>
        <translation>Hearth a aussi trouvé un modèle déjà présent sur cet ordinateur ; vous pouvez le choisir dans la liste Modèle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="138"/>
        <source>Hearth also found %n models already on this computer; you can choose them from the Model list.</source>
        <translation>
            <numerusform>Hearth a aussi trouvé %n modèle déjà présent sur cet ordinateur ; vous pouvez le choisir dans la liste Modèle.</numerusform>
            <numerusform>Hearth a aussi trouvé %n modèles déjà présents sur cet ordinateur ; vous pouvez les choisir dans la liste Modèle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="151"/>
        <source>Recommended first model</source>
        <translation>Premier modèle recommandé</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="153"/>
        <source>Working out which model suits it…</source>
        <translation>Recherche du modèle le mieux adapté…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="160"/>
        <source>Discover models, at the top of the window, lists more and says how each runs here.</source>
        <translation>« Découvrir des modèles », en haut de la fenêtre, en propose d&apos;autres et indique comment chacun fonctionne ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="182"/>
        <source>Start chatting now with the small built-in model</source>
        <translation>Commencer à converser avec le petit modèle intégré</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="185"/>
        <source>{name} is ready now and works without the internet. It is small and simple: fine for trying Hearth, but do not rely on its answers.</source>
        <translation>{name} est prêt et fonctionne sans Internet. Il est petit et simple : parfait pour essayer Hearth, mais ne vous fiez pas à ses réponses.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="193"/>
        <source>Start chatting now with {name}</source>
        <translation>Commencer à converser avec {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="195"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="300"/>
        <source>It is already on this computer.</source>
        <translation>Il est déjà sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="197"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="199"/>
        <source>You can get a model later from Discover models.</source>
        <translation>Vous pourrez obtenir un modèle plus tard depuis « Découvrir des modèles ».</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="221"/>
        <source>Hearth could not finish looking at this computer: {error}</source>
        <translation>Hearth n&apos;a pas pu terminer l&apos;analyse de cet ordinateur : {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="227"/>
        <source>Without that, Hearth cannot recommend a model yet. You can start with the built-in model now and look for others later under Discover models.</source>
        <translation>Sans cela, Hearth ne peut pas encore recommander de modèle. Vous pouvez commencer dès maintenant avec le modèle intégré et en chercher d&apos;autres plus tard dans « Découvrir des modèles ».</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="235"/>
        <source>Unknown processor</source>
        <translation>Processeur inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="237"/>
        <source>{name}, one core</source>
        <translation>{name}, un cœur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="239"/>
        <source>{name}, %n cores</source>
        <translation>
            <numerusform>{name}, %n cœur</numerusform>
            <numerusform>{name}, %n cœurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="240"/>
        <source>Processor:</source>
        <translation>Processeur :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="242"/>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="244"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="246"/>
        <source>Memory:</source>
        <translation>Mémoire :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="250"/>
        <source>None that Hearth can use; models run on the processor.</source>
        <translation>Aucune que Hearth puisse utiliser ; les modèles s&apos;exécutent sur le processeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="252"/>
        <source>{gpus} (Hearth runs models on the processor here)</source>
        <translation>{gpus} (ici, Hearth exécute les modèles sur le processeur)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="257"/>
        <source>Graphics:</source>
        <translation>Carte graphique :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="266"/>
        <source>{name}, sharing the main memory</source>
        <translation>{name}, qui partage la mémoire principale</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="268"/>
        <source>{name}, built in</source>
        <translation>{name}, intégrée</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="269"/>
        <source>{name} with {size} GB of its own memory</source>
        <translation>{name} avec {size} Go de mémoire dédiée</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="278"/>
        <source>This computer has little memory or speed to spare for chat models, so the built-in model is the best fit for it. It is small, but it works, even without the internet.</source>
        <translation>Cet ordinateur a peu de mémoire ou de puissance disponible pour les modèles de conversation ; le modèle intégré est donc le plus adapté. Il est petit, mais il fonctionne, même sans Internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="286"/>
        <source>Download:</source>
        <translation>Téléchargement :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="289"/>
        <source>Estimated {rate} tokens per second (a token is a word or part of one)</source>
        <translation>Estimation : {rate} jetons par seconde (un jeton est un mot ou un morceau de mot)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="293"/>
        <source>Speed here:</source>
        <translation>Vitesse ici :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="294"/>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="298"/>
        <source>Start chatting with {name}</source>
        <translation>Commencer à converser avec {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="305"/>
        <source>Download {name} ({size})</source>
        <translation>Télécharger {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="311"/>
        <source>It is ready to chat when the download finishes. Meanwhile you can already chat with the built-in model.</source>
        <translation>Il sera prêt pour la conversation à la fin du téléchargement. En attendant, vous pouvez déjà converser avec le modèle intégré.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="320"/>
        <source>about one word per second</source>
        <translation>environ un mot par seconde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="322"/>
        <source>about %n words per second</source>
        <translation>
            <numerusform>environ %n mot par seconde</numerusform>
            <numerusform>environ %n mots par seconde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="324"/>
        <source>faster than you can read</source>
        <translation>plus vite que vous ne lisez</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="326"/>
        <source>about as fast as you read</source>
        <translation>à peu près à votre vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="328"/>
        <source>slower than you read, so long answers take a while</source>
        <translation>plus lentement que vous ne lisez : les longues réponses prennent du temps</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="329"/>
        <source>{rate}, {pace}</source>
        <translation>{rate}, {pace}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="336"/>
        <source>It fits in this computer&apos;s shared memory, with {spare} GB to spare.</source>
        <translation>Il tient dans la mémoire partagée de cet ordinateur, avec {spare} Go de marge.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="339"/>
        <source>It fits on your graphics card, with {spare} GB to spare.</source>
        <translation>Il tient sur votre carte graphique, avec {spare} Go de marge.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="342"/>
        <source>Most of it runs on your graphics card, the rest on the processor.</source>
        <translation>L&apos;essentiel s&apos;exécute sur votre carte graphique, le reste sur le processeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="346"/>
        <source>It runs on the processor and leaves {spare} GB of memory for other programs.</source>
        <translation>Il s&apos;exécute sur le processeur et laisse {spare} Go de mémoire aux autres programmes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="351"/>
        <source>Of the models that answer quickly here, it is the best for everyday chat.</source>
        <translation>Parmi les modèles qui répondent rapidement ici, c&apos;est le meilleur pour les conversations du quotidien.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="354"/>
        <source>Of the models that run here, it is the best for everyday chat.</source>
        <translation>Parmi les modèles qui fonctionnent ici, c&apos;est le meilleur pour les conversations du quotidien.</translation>
    </message>
</context>
</TS>
