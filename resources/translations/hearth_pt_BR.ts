<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="180"/>
        <source>Your message will be sent when {model} has loaded.</source>
        <translation>Sua mensagem será enviada quando {model} terminar de carregar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="190"/>
        <source>{model} reloads to apply this conversation&apos;s thinking setting; your message is sent then.</source>
        <translation>{model} será recarregado para aplicar a configuração de raciocínio desta conversa; sua mensagem será enviada em seguida.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="236"/>
        <source>The conversation is longer than this model can read at once: the oldest {n} messages were left out of what it sees (they are still here).</source>
        <translation>A conversa é mais longa do que este modelo consegue ler de uma vez: as {n} mensagens mais antigas ficaram de fora do que ele vê (elas continuam aqui).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="245"/>
        <source>Waiting for another app&apos;s request to finish…</source>
        <translation>Aguardando a conclusão da solicitação de outro aplicativo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="292"/>
        <source>stopped before the first word</source>
        <translation>interrompida antes da primeira palavra</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="294"/>
        <source>interrupted before the first word</source>
        <translation>interrompida inesperadamente antes da primeira palavra</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="304"/>
        <source>{model} — ready</source>
        <translation>{model} — pronto</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="412"/>
        <source>Edit your message and send it again.</source>
        <translation>Edite sua mensagem e envie de novo.</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_input.py" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Digite uma mensagem — Enter envia, Shift+Enter para nova linha</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="13"/>
        <source>How much of the model&apos;s context this chat uses</source>
        <translation>Quanto do contexto do modelo esta conversa usa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="21"/>
        <source>{used} / {total} tokens</source>
        <translation>{used} / {total} tokens</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="62"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
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
        <translation>Renomear conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="130"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="152"/>
        <source>Deleted “{title}”.</source>
        <translation>Conversa “{title}” excluída.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="172"/>
        <source>There is nothing to export yet.</source>
        <translation>Ainda não há nada para exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="184"/>
        <source>Export chat</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="186"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="199"/>
        <source>Export failed</source>
        <translation>Falha ao exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="200"/>
        <source>The chat could not be saved to {path}: {error}</source>
        <translation>Não foi possível salvar a conversa em {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="205"/>
        <source>Saved to {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="35"/>
        <source>&lt;b&gt;This conversation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esta conversa&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="36"/>
        <source>System prompt:</source>
        <translation>Prompt do sistema:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="38"/>
        <source>How the model should behave (optional)</source>
        <translation>Como o modelo deve se comportar (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="43"/>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="44"/>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="45"/>
        <source>Creative</source>
        <translation>Criativo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="46"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="47"/>
        <source>Preset:</source>
        <translation>Predefinição:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="49"/>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="51"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="54"/>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="56"/>
        <source>Min-p:</source>
        <translation>Min-p:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="58"/>
        <source>Repeat penalty:</source>
        <translation>Penalidade de repetição:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="61"/>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="62"/>
        <source>Max reply tokens:</source>
        <translation>Máximo de tokens na resposta:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="65"/>
        <source>Random</source>
        <translation>Aleatória</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="66"/>
        <source>Seed:</source>
        <translation>Semente:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="70"/>
        <source>App default</source>
        <translation>Padrão do aplicativo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="71"/>
        <source>Context length:</source>
        <translation>Tamanho do contexto:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="75"/>
        <source>Reasoning models can think before they answer: slower, often better.</source>
        <translation>Modelos de raciocínio podem pensar antes de responder: são mais lentos, mas geralmente melhores.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="77"/>
        <source>Thinking:</source>
        <translation>Raciocínio:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="100"/>
        <source>Model&apos;s default</source>
        <translation>Padrão do modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="102"/>
        <source>Think first</source>
        <translation>Pensar antes</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="103"/>
        <source>Answer directly</source>
        <translation>Responder direto</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="104"/>
        <source>Think briefly</source>
        <translation>Pensar pouco</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="105"/>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="106"/>
        <source>Think hard</source>
        <translation>Pensar muito</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="42"/>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="74"/>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="46"/>
        <source>Search chats (Ctrl+F)</source>
        <translation>Buscar conversas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="85"/>
        <source>No chats match</source>
        <translation>Nenhuma conversa encontrada</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="117"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Pin to top</source>
        <translation>Fixar no topo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="122"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="124"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="57"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="60"/>
        <source>Something went wrong inside Hearth. Your conversation is still here.
The details were written to {log}.</source>
        <translation>Algo deu errado no Hearth. Sua conversa continua aqui.
Os detalhes foram gravados em {log}.</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="270"/>
        <source>Show the best for:</source>
        <translation>Mostrar os melhores para:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="273"/>
        <source>General chat</source>
        <translation>Conversa geral</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="274"/>
        <source>Coding</source>
        <translation>Programação</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="275"/>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="276"/>
        <source>Many languages</source>
        <translation>Vários idiomas</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="281"/>
        <source>Only models that run here</source>
        <translation>Só modelos que rodam aqui</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="285"/>
        <source>Looking at this computer…</source>
        <translation>Analisando este computador…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="306"/>
        <source>Working out what runs on this computer…</source>
        <translation>Descobrindo o que roda neste computador…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="321"/>
        <source>The model catalog could not be read: {error}</source>
        <translation>Não foi possível ler o catálogo de modelos: {error}</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="134"/>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="184"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="163"/>
        <source>less than a minute left</source>
        <translation>menos de um minuto restante</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="167"/>
        <source>about {minutes} min left</source>
        <translation>cerca de {minutes} min restantes</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="168"/>
        <source>about {hours} h left</source>
        <translation>cerca de {hours} h restantes</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="186"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="202"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="215"/>
        <source>part {part} of {count}</source>
        <translation>parte {part} de {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="220"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="225"/>
        <source>Waiting · {sizes}</source>
        <translation>Aguardando · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="227"/>
        <source>Paused · {sizes}</source>
        <translation>Pausado · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="229"/>
        <source>Downloaded and verified · {size}</source>
        <translation>Baixado e verificado · {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="231"/>
        <source>Stopped · {sizes}</source>
        <translation>Parado · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="233"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="34"/>
        <source>Interrupted — trying again…</source>
        <translation>Interrompido — tentando de novo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="35"/>
        <source>Interrupted — retrying in {seconds} s</source>
        <translation>Interrompido — nova tentativa em {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="40"/>
        <source>Offline — it starts by itself when the network is back (trying now…)</source>
        <translation>Sem conexão — o download recomeça sozinho quando a rede voltar (tentando agora…)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="43"/>
        <source>Offline — it starts by itself when the network is back (next try in {seconds} s)</source>
        <translation>Sem conexão — o download recomeça sozinho quando a rede voltar (próxima tentativa em {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="48"/>
        <source>Offline — trying again…</source>
        <translation>Sem conexão — tentando de novo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="49"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation>Sem conexão — nova tentativa em {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="55"/>
        <source>Hearth cannot reach {host}. It keeps trying and the download goes on by itself when the network is back; what is downloaded so far is kept.</source>
        <translation>O Hearth não consegue acessar {host}. Ele continua tentando, e o download prossegue sozinho quando a rede voltar; o que já foi baixado é mantido.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="250"/>
        <source>&lt;b&gt;Downloads&lt;/b&gt;</source>
        <translation>&lt;b&gt;Downloads&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="251"/>
        <source>Clear finished</source>
        <translation>Limpar concluídos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="255"/>
        <source>Nothing is downloading. Models you download appear here.</source>
        <translation>Nenhum download em andamento. Os modelos que você baixar aparecem aqui.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/hearth/ui/draft.py" line="62"/>
        <source>What you type cannot be kept if Hearth closes: saving the draft failed ({error}).</source>
        <translation>O que você digitar não poderá ser recuperado se o Hearth fechar: falha ao salvar o rascunho ({error}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="31"/>
        <source>The model {name} could not be loaded. The file may be incomplete or damaged; downloading it again usually helps. (llama.cpp said: {reason})</source>
        <translation>Não foi possível carregar o modelo {name}. O arquivo pode estar incompleto ou danificado; baixá-lo de novo costuma resolver. (Mensagem do llama.cpp: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="35"/>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="39"/>
        <source>The model stopped working in the middle of the reply. What it wrote so far is kept. Reload the model to go on.</source>
        <translation>O modelo parou de funcionar no meio da resposta. O que ele escreveu até agora foi mantido. Recarregue o modelo para continuar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="48"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then try again.</source>
        <translation>Este modelo tem acesso restrito: aceite a licença na página do modelo ({url}) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="52"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then add your Hugging Face token in Settings.</source>
        <translation>Este modelo tem acesso restrito: aceite a licença na página do modelo ({url}) e depois adicione seu token do Hugging Face nas Configurações.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="60"/>
        <source>{file} arrived damaged and was deleted; it is never used for chat. Resume to download it again.</source>
        <translation>{file} chegou danificado e foi excluído; ele nunca é usado nas conversas. Retome o download para baixá-lo de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="68"/>
        <source>{path} is not a complete model file: it may have been cut short while downloading or copying. Download it again.</source>
        <translation>{path} não é um arquivo de modelo completo: ele pode ter sido cortado durante o download ou a cópia. Baixe-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="72"/>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="99"/>
        <source>This file</source>
        <translation>Este arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="76"/>
        <source>Hearth cannot read the chat history at {path} ({reason}). Your chats are not changed; a backup of the file can be restored there.</source>
        <translation>O Hearth não consegue ler o histórico de conversas em {path} ({reason}). Suas conversas não foram alteradas; um backup do arquivo pode ser restaurado nesse local.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="85"/>
        <source>The model file {path} is missing. It may have been moved or deleted.</source>
        <translation>O arquivo de modelo {path} não foi encontrado. Ele pode ter sido movido ou excluído.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="88"/>
        <source>{path} is not a model file Hearth can use (it is not in GGUF format).</source>
        <translation>{path} não é um arquivo de modelo que o Hearth possa usar (não está no formato GGUF).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="91"/>
        <source>The model file {path} cannot be read ({detail}). Check that the drive it is on is connected and that you may read it.</source>
        <translation>Não foi possível ler o arquivo de modelo {path} ({detail}). Verifique se a unidade em que ele está foi conectada e se você tem permissão para lê-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="96"/>
        <source>{path} is not a valid model file ({detail}). Download it again, or choose another.</source>
        <translation>{path} não é um arquivo de modelo válido ({detail}). Baixe-o de novo ou escolha outro.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="101"/>
        <source>This file describes a kind of model Hearth cannot run for chat (architecture {arch}).</source>
        <translation>Este arquivo descreve um tipo de modelo que o Hearth não consegue executar para conversas (arquitetura {arch}).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="104"/>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="105"/>
        <source>{name} is too large for this computer: it needs {need} GB and there are {have} GB.</source>
        <translation>{name} é grande demais para este computador: precisa de {need} GB, e há {have} GB.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="113"/>
        <source>No installed model is called {name}.</source>
        <translation>Nenhum modelo instalado se chama {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="116"/>
        <source>{name} belongs to {app} (in {folder}); Hearth only uses it where it is. Remove it in {app} to free its space.</source>
        <translation>{name} pertence ao {app} (em {folder}); o Hearth apenas o usa onde ele está. Remova-o no {app} para liberar o espaço.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="121"/>
        <source>{path} is one part of a model split into several files, and some of the other parts are not next to it.</source>
        <translation>{path} é uma parte de um modelo dividido em vários arquivos, e algumas das outras partes não estão na mesma pasta.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="126"/>
        <source>{name} comes with Hearth and cannot be deleted.</source>
        <translation>{name} vem com o Hearth e não pode ser excluído.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="131"/>
        <source>The model took longer than {seconds} seconds to load, so loading was stopped.</source>
        <translation>O modelo levou mais de {seconds} segundos para carregar, por isso o carregamento foi interrompido.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="136"/>
        <source>The model could not answer this message ({detail}). Try sending it again.</source>
        <translation>O modelo não conseguiu responder a esta mensagem ({detail}). Tente enviá-la de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="139"/>
        <source>The model&apos;s engine refused Hearth&apos;s key. Reload the model.</source>
        <translation>O motor do modelo recusou a chave do Hearth. Recarregue o modelo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="142"/>
        <source>Loading the model was cancelled.</source>
        <translation>O carregamento do modelo foi cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="144"/>
        <source>Hearth&apos;s list of models is damaged ({where}). Reinstalling Hearth restores it.</source>
        <translation>A lista de modelos do Hearth está danificada ({where}). Reinstale o Hearth para restaurá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="147"/>
        <source>Hearth&apos;s list of models is missing. Reinstalling Hearth restores it.</source>
        <translation>A lista de modelos do Hearth não foi encontrada. Reinstale o Hearth para restaurá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="151"/>
        <source>The chat history could not be saved or read ({reason}). What is on screen is kept; try again, or check the free disk space.</source>
        <translation>Não foi possível salvar ou ler o histórico de conversas ({reason}). O que está na tela foi mantido; tente de novo ou verifique o espaço livre em disco.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="156"/>
        <source>The chat history was written by a newer version of Hearth. Update Hearth to open it; nothing in it was changed.</source>
        <translation>O histórico de conversas foi gravado por uma versão mais recente do Hearth. Atualize o Hearth para abri-lo; nada nele foi alterado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="162"/>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <translation>Esta conversa não existe mais; ela pode ter sido excluída em outra janela.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="165"/>
        <source>This message no longer exists; it may have been deleted in another window.</source>
        <translation>Esta mensagem não existe mais; ela pode ter sido excluída em outra janela.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="168"/>
        <source>This is not a chat exported by Hearth ({reason}).</source>
        <translation>Isto não é uma conversa exportada pelo Hearth ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="171"/>
        <source>Hearth can save a chat as Markdown (.md) or JSON (.json): choose one of those.</source>
        <translation>O Hearth pode salvar uma conversa como Markdown (.md) ou JSON (.json): escolha um desses formatos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="174"/>
        <source>Could not save the chat to {path} ({reason}). Choose another folder or file name.</source>
        <translation>Não foi possível salvar a conversa em {path} ({reason}). Escolha outra pasta ou outro nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="180"/>
        <source>The model hub listed a file named {path}, which would be saved outside the models folder, so it was not downloaded. If you set a mirror, it may be broken.</source>
        <translation>O hub de modelos listou um arquivo chamado {path}, que seria salvo fora da pasta de modelos, por isso ele não foi baixado. Se você configurou um espelho, ele pode estar com problemas.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="185"/>
        <source>{repo} is not a model name on the hub; they look like owner/name (for example bartowski/Llama-3.2-3B-Instruct-GGUF).</source>
        <translation>{repo} não é um nome de modelo do hub; os nomes têm o formato dono/nome (por exemplo, bartowski/Llama-3.2-3B-Instruct-GGUF).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="190"/>
        <source>There is no model {repo} on {host}.</source>
        <translation>Não existe o modelo {repo} em {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="193"/>
        <source>The model {repo} has no file {file}.</source>
        <translation>O modelo {repo} não tem o arquivo {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="196"/>
        <source>The hub did not accept your Hugging Face token. Check it in Settings.</source>
        <translation>O hub não aceitou seu token do Hugging Face. Verifique-o nas Configurações.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="199"/>
        <source>The hub refused access (403). Your token may lack permission, or access may be blocked where you are: try a mirror as the hub address in Settings.</source>
        <translation>O hub recusou o acesso (403). Talvez seu token não tenha permissão, ou o acesso esteja bloqueado onde você está: tente usar um espelho como endereço do hub nas Configurações.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="204"/>
        <source>The hub is limiting downloads right now. Resume in a few minutes; nothing downloaded so far is lost.</source>
        <translation>O hub está limitando os downloads no momento. Retome em alguns minutos; nada do que já foi baixado se perde.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="209"/>
        <source>The hub had a problem on its side (HTTP {status}). Resume later; nothing downloaded so far is lost.</source>
        <translation>O hub teve um problema do lado dele (HTTP {status}). Retome mais tarde; nada do que já foi baixado se perde.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="214"/>
        <source>The hub answered with an error (HTTP {status}) for {file}. Try again later.</source>
        <translation>O hub respondeu com um erro (HTTP {status}) para {file}. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="217"/>
        <source>Cannot reach {host}. Check the internet connection, then resume: nothing downloaded so far is lost.</source>
        <translation>Não foi possível acessar {host}. Verifique a conexão com a internet e retome: nada do que já foi baixado se perde.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="222"/>
        <source>Talking to the model hub failed ({detail}). Try again in a moment.</source>
        <translation>Falha na comunicação com o hub de modelos ({detail}). Tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="225"/>
        <source>{repo} has no model files Hearth can run (GGUF). Look for a version of it whose name ends in -GGUF.</source>
        <translation>{repo} não tem arquivos de modelo que o Hearth consiga executar (GGUF). Procure uma versão dele cujo nome termine em -GGUF.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="230"/>
        <source>{repo} comes in several versions; choose one of: {choices}.</source>
        <translation>{repo} tem várias versões; escolha uma destas: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="233"/>
        <source>{repo} has no {quant} version. It has: {choices}.</source>
        <translation>{repo} não tem versão {quant}. Versões disponíveis: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="236"/>
        <source>Hearth could not check whether {file} fits this computer. Try again in a moment.</source>
        <translation>O Hearth não conseguiu verificar se {file} cabe neste computador. Tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="239"/>
        <source>Not enough free disk space: this model needs {needed} and there is {free} free.</source>
        <translation>Espaço livre em disco insuficiente: este modelo precisa de {needed}, e há {free} livres.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="242"/>
        <source>The disk is full. Free some space, then resume.</source>
        <translation>O disco está cheio. Libere espaço e retome.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="245"/>
        <source>The download failed ({detail}). Resume it to try again; nothing downloaded so far is lost.</source>
        <translation>O download falhou ({detail}). Retome-o para tentar de novo; nada do que já foi baixado se perde.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="250"/>
        <source>{name} is split into several files and some of them are missing on the hub, so it cannot be downloaded.</source>
        <translation>{name} está dividido em vários arquivos, e alguns deles não estão no hub, por isso não pode ser baixado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="255"/>
        <source>{file} is already being downloaded by another Hearth window or command.</source>
        <translation>{file} já está sendo baixado por outra janela ou comando do Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="258"/>
        <source>Hearth could not write the download to {folder} ({detail}). Check the free space and that the folder may be written to.</source>
        <translation>O Hearth não conseguiu gravar o download em {folder} ({detail}). Verifique o espaço livre e se você tem permissão para gravar na pasta.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="264"/>
        <source>This computer has no password store Hearth can use, so the token cannot be saved. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).</source>
        <translation>Este computador não tem um armazenamento de senhas que o Hearth possa usar, então o token não pode ser salvo. No Linux, instale e desbloqueie um chaveiro compatível com o Secret Service (GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="269"/>
        <source>A Hugging Face token is one word without spaces, starting with hf_.</source>
        <translation>Um token do Hugging Face é uma única palavra, sem espaços, que começa com hf_.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="272"/>
        <source>{path} is not a hardware profile saved by Hearth (hearth detect --json).</source>
        <translation>{path} não é um perfil de hardware salvo pelo Hearth (hearth detect --json).</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>1 file</source>
        <translation>1 arquivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>%n parts</source>
        <translation>
            <numerusform>%n parte</numerusform>
            <numerusform>%n partes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="193"/>
        <source>Checking whether it runs here…</source>
        <translation>Verificando se roda aqui…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="195"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="199"/>
        <source>Some parts of this model are missing on the hub.</source>
        <translation>Algumas partes deste modelo não estão no hub.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="205"/>
        <source>Could not check whether it runs here: {reason}</source>
        <translation>Não foi possível verificar se roda aqui: {reason}</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="32"/>
        <source>Hearth runs models through Vulkan, which is slower.</source>
        <translation>O Hearth roda os modelos pelo Vulkan, que é mais lento.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="33"/>
        <source>Hearth runs models on the processor only.</source>
        <translation>O Hearth roda os modelos apenas no processador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="40"/>
        <source>To use it: {command}</source>
        <translation>Para usá-la: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="43"/>
        <source>Install &quot;Hearth for NVIDIA&quot; from the download page: it uses your GPU through CUDA (an up-to-date NVIDIA driver is needed).</source>
        <translation>Instale o &quot;Hearth for NVIDIA&quot; pela página de download: ele usa sua GPU pelo CUDA (é preciso um driver NVIDIA atualizado).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="49"/>
        <source>The Apple Silicon download of Hearth uses it through Metal.</source>
        <translation>A versão do Hearth para Apple Silicon, na página de download, usa a GPU pelo Metal.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="50"/>
        <source>Hearth uses it through Vulkan: install your graphics driver&apos;s Vulkan support (on Debian and Ubuntu: mesa-vulkan-drivers), then restart Hearth.</source>
        <translation>O Hearth usa a GPU pelo Vulkan: instale o suporte a Vulkan do driver da sua placa de vídeo (no Debian e no Ubuntu: mesa-vulkan-drivers) e reinicie o Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="58"/>
        <source>Your {gpu} is not used: this llama.cpp build has no {backend} backend, so models run on the processor only.</source>
        <translation>A GPU {gpu} não está sendo usada: esta compilação do llama.cpp não tem o backend {backend}, então os modelos rodam apenas no processador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="64"/>
        <source>On integrated graphics the gain over the processor is often small.</source>
        <translation>Com uma GPU integrada, o ganho em relação ao processador costuma ser pequeno.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="71"/>
        <source>Hearth is running as an Intel (x86_64) program under Rosetta on an Apple Silicon Mac, which is much slower and cannot use the GPU. Install the Apple Silicon (arm64) version of Hearth.</source>
        <translation>O Hearth está rodando como um programa Intel (x86_64) pelo Rosetta em um Mac com Apple Silicon, o que é muito mais lento e não permite usar a GPU. Instale a versão do Hearth para Apple Silicon (arm64).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="77"/>
        <source>The NVIDIA driver did not answer ({reason}). If the driver was updated recently, restart the computer.</source>
        <translation>O driver NVIDIA não respondeu ({reason}). Se o driver foi atualizado recentemente, reinicie o computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="82"/>
        <source>llama.cpp (the llama-cpp-python package) is not installed, so models cannot run yet.</source>
        <translation>O llama.cpp (pacote llama-cpp-python) não está instalado, então os modelos ainda não podem rodar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="86"/>
        <source>Hearth could not ask llama.cpp which devices it can use ({reason}); it assumes the processor only.</source>
        <translation>O Hearth não conseguiu perguntar ao llama.cpp quais dispositivos ele pode usar ({reason}); por isso, considera apenas o processador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="92"/>
        <source>llama.cpp can use {seen} of your {total} {vendor} GPUs. The others may be hidden by CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES or GGML_VK_VISIBLE_DEVICES.</source>
        <translation>O llama.cpp consegue usar {seen} das suas {total} GPUs {vendor}. As outras podem estar ocultas por CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES ou GGML_VK_VISIBLE_DEVICES.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="97"/>
        <source>Your NVIDIA driver ({driver}) is too old for CUDA 12, which needs {needed} or newer. {fallback} Update the NVIDIA driver to use your {gpu} fully.</source>
        <translation>Seu driver NVIDIA ({driver}) é antigo demais para o CUDA 12, que exige a versão {needed} ou mais recente. {fallback} Atualize o driver NVIDIA para aproveitar totalmente a GPU {gpu}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="107"/>
        <source>CUDA could not start on your {gpu}. {fallback} Updating the NVIDIA driver and restarting the computer usually fixes this.</source>
        <translation>O CUDA não conseguiu iniciar na GPU {gpu}. {fallback} Atualizar o driver NVIDIA e reiniciar o computador costuma resolver.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="112"/>
        <source>A {vendor} graphics card was found (PCI {slot}) but no driver is loaded for it, so it cannot be used. Install the {vendor} driver.</source>
        <translation>Foi encontrada uma placa de vídeo {vendor} (PCI {slot}), mas nenhum driver está carregado para ela, então ela não pode ser usada. Instale o driver da {vendor}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="117"/>
        <source>Your NVIDIA graphics card (PCI {slot}) runs the open-source nouveau driver, which cannot run models. Install NVIDIA&apos;s own driver to use it.</source>
        <translation>Sua placa de vídeo NVIDIA (PCI {slot}) usa o driver de código aberto nouveau, que não consegue rodar modelos. Instale o driver da própria NVIDIA para usá-la.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="122"/>
        <source>Memory is shared between the processor and the GPU: models on the GPU can use up to {gpu} GB of your {ram} GB (Metal&apos;s limit, which `sudo sysctl iogpu.wired_limit_mb=...` can raise).</source>
        <translation>A memória é compartilhada entre o processador e a GPU: os modelos na GPU podem usar até {gpu} GB dos seus {ram} GB (limite do Metal, que pode ser aumentado com `sudo sysctl iogpu.wired_limit_mb=...`).</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="128"/>
        <source>The {gpu} shares system memory: {reserved} GB is reserved for it and it can map up to {shared} GB more.</source>
        <translation>A GPU {gpu} compartilha a memória do sistema: {reserved} GB estão reservados para ela, e ela pode mapear até {shared} GB a mais.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="137"/>
        <source>Your processor has no AVX2 instructions, so models run several times slower on it than on recent processors.</source>
        <translation>Seu processador não tem instruções AVX2, então os modelos rodam nele várias vezes mais devagar do que em processadores recentes.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="142"/>
        <source>Some hardware could not be read ({probes}); recommendations may be less accurate. Details are in Hearth&apos;s log.</source>
        <translation>Não foi possível ler parte do hardware ({probes}); as recomendações podem ser menos precisas. Os detalhes estão no log do Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="147"/>
        <source>Hearth could not read this computer&apos;s hardware; see Hearth&apos;s log.</source>
        <translation>O Hearth não conseguiu ler o hardware deste computador; veja o log do Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="160"/>
        <source>System memory (RAM)</source>
        <translation>Memória do sistema (RAM)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="161"/>
        <source>Unified memory</source>
        <translation>Memória unificada</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="163"/>
        <source>{gpu} (GPU share)</source>
        <translation>{gpu} (parcela da GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="164"/>
        <source>{gpu} (shared memory)</source>
        <translation>{gpu} (memória compartilhada)</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="45"/>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="49"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="73"/>
        <source>Looking at this computer…</source>
        <translation>Analisando este computador…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="53"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="61"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="85"/>
        <source>Processor:</source>
        <translation>Processador:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="87"/>
        <source>{brand} — {cores} cores, {threads} threads</source>
        <translation>{brand} — {cores} núcleos, {threads} threads</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="88"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="94"/>
        <source>none found</source>
        <translation>nenhuma encontrada</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="95"/>
        <source>Graphics:</source>
        <translation>Placa de vídeo:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>llama.cpp uses:</source>
        <translation>O llama.cpp usa:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="101"/>
        <source>CPU code:</source>
        <translation>Código para CPU:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="103"/>
        <source>built for {variant}</source>
        <translation>compilado para {variant}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="116"/>
        <source>Not used:</source>
        <translation>Não usado:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="136"/>
        <source>{total} — use unknown</source>
        <translation>{total} — uso desconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="140"/>
        <source>{used} used of {total} ({free} available)</source>
        <translation>{used} em uso de {total} ({free} disponíveis)</translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="235"/>
        <source>Search the hub for GGUF models, e.g. qwen 7b</source>
        <translation>Buscar modelos GGUF no hub, por ex.: qwen 7b</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="238"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="285"/>
        <source>Searching the hub…</source>
        <translation>Buscando no hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="304"/>
        <source>Cannot reach {host}. Check the internet connection; where the hub is slow or blocked, set a mirror as the hub address in Settings.</source>
        <translation>Não foi possível acessar {host}. Verifique a conexão com a internet; onde o hub é lento ou bloqueado, configure um espelho como endereço do hub nas Configurações.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="308"/>
        <source>The hub is limiting how often it answers. Try again in a few minutes.</source>
        <translation>O hub está limitando a frequência das respostas. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="310"/>
        <source>The hub had a problem on its side (HTTP {status}). Try again later.</source>
        <translation>O hub teve um problema do lado dele (HTTP {status}). Tente de novo mais tarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="321"/>
        <source>1 download</source>
        <translation>1 download</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="323"/>
        <source>%Ln downloads</source>
        <translation>
            <numerusform>%Ln download</numerusform>
            <numerusform>%Ln downloads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="326"/>
        <source>{facts} · gated</source>
        <translation>{facts} · acesso restrito</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="331"/>
        <source>No GGUF models on the hub match “{query}”.</source>
        <translation>Nenhum modelo GGUF no hub corresponde a “{query}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="345"/>
        <source>Listing the model files…</source>
        <translation>Listando os arquivos do modelo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="357"/>
        <source>This repository has no GGUF model files.</source>
        <translation>Este repositório não tem arquivos de modelo GGUF.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="123"/>
        <source>Checking {name} on Hugging Face…</source>
        <translation>Verificando {name} no Hugging Face…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="140"/>
        <source>{name} is ready to chat with.</source>
        <translation>{name} está pronto para conversar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="152"/>
        <source>Could not look for unfinished downloads: {error}</source>
        <translation>Não foi possível procurar downloads não concluídos: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="161"/>
        <source>Continue the unfinished download</source>
        <translation>Retomar o download não concluído</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/library_ui.py" line="163"/>
        <source>Continue %n unfinished downloads</source>
        <translation>
            <numerusform>Retomar %n download não concluído</numerusform>
            <numerusform>Retomar %n downloads não concluídos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="185"/>
        <source>Add a model file</source>
        <translation>Adicionar um arquivo de modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="187"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="199"/>
        <source>Cannot add this file</source>
        <translation>Não é possível adicionar este arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="204"/>
        <source>Added {name}; it stays where it is.</source>
        <translation>{name} adicionado; o arquivo continua onde está.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="219"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="229"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="244"/>
        <source>Delete model</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="222"/>
        <source>Delete {name}? This frees {size} on disk.</source>
        <translation>Excluir {name}? Isso libera {size} em disco.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="227"/>
        <source>Remove {name} from Hearth? The file itself stays where it is.</source>
        <translation>Remover {name} do Hearth? O arquivo em si continua onde está.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="240"/>
        <source>{name} could not be deleted: {error}</source>
        <translation>Não foi possível excluir {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="248"/>
        <source>Deleted {name}: {size} freed.</source>
        <translation>{name} excluído: {size} liberados.</translation>
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
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="161"/>
        <source>Chat settings</source>
        <translation>Configurações da conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="167"/>
        <source>Reload model</source>
        <translation>Recarregar modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="176"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="177"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="178"/>
        <source>Stop the reply (Esc)</source>
        <translation>Parar a resposta (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="187"/>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="195"/>
        <source>Discover models</source>
        <translation>Descobrir modelos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="196"/>
        <source>Search Hugging Face</source>
        <translation>Buscar no Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="197"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="327"/>
        <source>There is no model to chat with yet.</source>
        <translation>Ainda não há nenhum modelo para conversar.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="355"/>
        <source>{model} — stopped unexpectedly</source>
        <translation>{model} — parou inesperadamente</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="398"/>
        <source>Token not saved</source>
        <translation>Token não salvo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="411"/>
        <source>Could not save settings: {error}</source>
        <translation>Não foi possível salvar as configurações: {error}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="62"/>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="67"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar conversas</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="70"/>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exportar conversa…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="72"/>
        <source>S&amp;top reply</source>
        <translation>&amp;Parar resposta</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="74"/>
        <source>Choose &amp;model</source>
        <translation>Escolher &amp;modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="78"/>
        <source>C&amp;hat settings</source>
        <translation>Confi&amp;gurações da conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="83"/>
        <source>Show the &amp;chat</source>
        <translation>Mostrar a &amp;conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="87"/>
        <source>&amp;Discover models</source>
        <translation>&amp;Descobrir modelos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="93"/>
        <source>Search &amp;Hugging Face</source>
        <translation>Buscar no &amp;Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="98"/>
        <source>Do&amp;wnloads</source>
        <translation>Do&amp;wnloads</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="101"/>
        <source>&amp;Add a model file…</source>
        <translation>&amp;Adicionar um arquivo de modelo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="105"/>
        <source>Show the model in the &amp;file manager</source>
        <translation>Mostrar o modelo no &amp;gerenciador de arquivos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="110"/>
        <source>De&amp;lete this model…</source>
        <translation>E&amp;xcluir este modelo…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="112"/>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="116"/>
        <source>This &amp;computer…</source>
        <translation>Este &amp;computador…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="123"/>
        <source>&amp;About Hearth</source>
        <translation>&amp;Sobre o Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="125"/>
        <source>&amp;Chat</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="128"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="137"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>New line in the message</source>
        <translation>Nova linha na mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="176"/>
        <source>About Hearth</source>
        <translation>Sobre o Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="177"/>
        <source>Hearth {version}
Open language models on your own computer, offline.</source>
        <translation>Hearth {version}
Modelos de linguagem abertos no seu próprio computador, sem internet.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy this message</source>
        <translation>Copiar esta mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit this message and send it again</source>
        <translation>Editar esta mensagem e enviá-la de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Write this reply again</source>
        <translation>Escrever esta resposta de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete this message</source>
        <translation>Excluir esta mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="223"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="225"/>
        <source>Thought for {seconds:.0f} s</source>
        <translation>Pensou por {seconds:.0f} s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="227"/>
        <source>Thoughts</source>
        <translation>Raciocínio</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="92"/>
        <source>{name}: stopped the self-test with an error ({signal})</source>
        <translation>{name}: interrompeu o autoteste com um erro ({signal})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="96"/>
        <source>{name}: stopped during a reply ({signal})</source>
        <translation>{name}: parou durante uma resposta ({signal})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="100"/>
        <source>{name}: computed wrong results in the self-test</source>
        <translation>{name}: calculou resultados errados no autoteste</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="103"/>
        <source>{name}: did not finish its self-test</source>
        <translation>{name}: não concluiu o autoteste</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="110"/>
        <source>Your processor could not run llama.cpp&apos;s fastest code ({crashed}, {signal}). Hearth now uses the {now} code and is asking again.</source>
        <translation>Seu processador não conseguiu executar o código mais rápido do llama.cpp ({crashed}, {signal}). Agora o Hearth usa o código {now} e está enviando a pergunta de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="120"/>
        <source>Your GPU stopped responding during the reply ({reason}). The model now runs on the CPU alone, and Hearth is asking again.</source>
        <translation>Sua GPU parou de responder durante a resposta ({reason}). Agora o modelo roda só na CPU, e o Hearth está enviando a pergunta de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="126"/>
        <source>Your GPU could not load this model ({reason}), so it runs on the CPU alone.</source>
        <translation>Sua GPU não conseguiu carregar este modelo ({reason}), então ele roda só na CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="131"/>
        <source>Your GPU could not hold all {requested} layers of this model ({reason}). {now} run on the GPU now, the rest on the CPU.</source>
        <translation>Sua GPU não conseguiu comportar todas as {requested} camadas deste modelo ({reason}). Agora {now} camadas rodam na GPU, e o restante na CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="138"/>
        <source>Expect about {after} tokens/s instead of {before}.</source>
        <translation>Espere cerca de {after} tokens/s em vez de {before}.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="149"/>
        <source>on the CPU</source>
        <translation>na CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="150"/>
        <source>the GPU</source>
        <translation>a GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="152"/>
        <source>all {total} layers on {devices}</source>
        <translation>todas as {total} camadas em {devices}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="155"/>
        <source>{layers} of {total} layers on {devices}, the rest on the CPU</source>
        <translation>{layers} de {total} camadas em {devices}, o restante na CPU</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="167"/>
        <source>{device}: weights {w} GB · KV cache {kv} GB · other {o} GB — of {cap} GB</source>
        <translation>{device}: pesos {w} GB · cache KV {kv} GB · outros {o} GB — de {cap} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="180"/>
        <source>{size} GB download</source>
        <translation>download de {size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="181"/>
        <source>licence: {name}</source>
        <translation>licença: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/discover.py" line="182"/>
        <source>context %Ln tokens</source>
        <translation>
            <numerusform>contexto de %Ln token</numerusform>
            <numerusform>contexto de %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="187"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="190"/>
        <source>Included</source>
        <translation>Incluído</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="203"/>
        <source>{rate} tokens/s as measured here</source>
        <translation>{rate} tokens/s medidos aqui</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="206"/>
        <source>about {rate} tokens/s (predicted from replies here)</source>
        <translation>cerca de {rate} tokens/s (previsto a partir das respostas aqui)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="207"/>
        <source>about {rate} tokens/s (predicted)</source>
        <translation>cerca de {rate} tokens/s (previsto)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="217"/>
        <source>fits your {total} GB GPU with {spare} GB to spare, {speed}</source>
        <translation>cabe na sua GPU de {total} GB com {spare} GB de folga, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="224"/>
        <source>{layers} of {total} layers on your GPU, the rest in RAM, {speed}</source>
        <translation>{layers} de {total} camadas na sua GPU, o restante na RAM, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="227"/>
        <source>runs on your CPU with {spare} GB of RAM to spare, {speed}</source>
        <translation>roda na sua CPU com {spare} GB de RAM de folga, {speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="230"/>
        <source>Recommended: {reason}</source>
        <translation>Recomendado: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>Shared memory</source>
        <translation>Memória compartilhada</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>GPU memory</source>
        <translation>Memória da GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="237"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="241"/>
        <source>Runs on GPU</source>
        <translation>Roda na GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="242"/>
        <source>Partly on GPU</source>
        <translation>Parcialmente na GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="243"/>
        <source>Runs on CPU</source>
        <translation>Roda na CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="244"/>
        <source>Too large</source>
        <translation>Grande demais</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="137"/>
        <source>No models installed yet.</source>
        <translation>Nenhum modelo instalado ainda.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="206"/>
        <source>Loading {model}…</source>
        <translation>Carregando {model}…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="212"/>
        <source>{model} — ready (loaded in {seconds:.1f} s)</source>
        <translation>{model} — pronto (carregado em {seconds:.1f} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="221"/>
        <source>serving other apps at {url}/v1</source>
        <translation>atendendo outros aplicativos em {url}/v1</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="230"/>
        <source>{model} — not loaded</source>
        <translation>{model} — não carregado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="237"/>
        <source>{model} was unloaded to free memory; it loads again when you send.</source>
        <translation>{model} foi descarregado para liberar memória; ele será carregado de novo quando você enviar uma mensagem.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="20"/>
        <source>The model you are chatting with (Ctrl+M)</source>
        <translation>O modelo com que você está conversando (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="33"/>
        <source>Comes with Hearth</source>
        <translation>Vem com o Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="37"/>
        <source>{model}  —  your file</source>
        <translation>{model}  —  seu arquivo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="39"/>
        <source>{model}  —  from {app}</source>
        <translation>{model}  —  do {app}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="98"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="103"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="104"/>
        <source>The model</source>
        <translation>O modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="105"/>
        <source>Other apps</source>
        <translation>Outros aplicativos</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="106"/>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="124"/>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="130"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="132"/>
        <source>Hearth shows the new language when it starts again.</source>
        <translation>O Hearth mostrará o novo idioma na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="144"/>
        <source>Automatic ({count})</source>
        <translation>Automático ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="147"/>
        <source>CPU threads:</source>
        <translation>Threads de CPU:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="150"/>
        <source>Automatic uses one thread per physical core. On some small machines fewer threads are faster: try it and watch the tokens/s in the status bar.</source>
        <translation>No modo automático, é usada uma thread por núcleo físico. Em algumas máquinas pequenas, menos threads são mais rápidas: experimente e observe os tokens/s na barra de status.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="158"/>
        <source>Automatic (what fits)</source>
        <translation>Automático (o que couber)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="160"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="162"/>
        <source>Context length:</source>
        <translation>Tamanho do contexto:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="166"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="167"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="169"/>
        <source>Unload the model when idle for:</source>
        <translation>Descarregar o modelo após ficar ocioso por:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="172"/>
        <source>Let other apps on this computer use the model</source>
        <translation>Permitir que outros aplicativos deste computador usem o modelo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="176"/>
        <source>An OpenAI-compatible API at http://127.0.0.1:PORT/v1, reachable only from this computer.</source>
        <translation>Uma API compatível com OpenAI em http://127.0.0.1:PORTA/v1, acessível apenas a partir deste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="184"/>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="186"/>
        <source>apps must send this key (kept in the keyring)</source>
        <translation>os aplicativos precisam enviar esta chave (guardada no chaveiro)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="188"/>
        <source>API key:</source>
        <translation>Chave da API:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="197"/>
        <source>Where models are downloaded from. Set a mirror where huggingface.co is slow or blocked.</source>
        <translation>De onde os modelos são baixados. Configure um espelho onde huggingface.co for lento ou bloqueado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="201"/>
        <source>Hugging Face address:</source>
        <translation>Endereço do Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="204"/>
        <source>for gated models (optional)</source>
        <translation>para modelos com acesso restrito (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="205"/>
        <source>Kept in the system keyring, never in Hearth&apos;s files.</source>
        <translation>Guardado no chaveiro do sistema, nunca nos arquivos do Hearth.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="206"/>
        <source>Hugging Face token:</source>
        <translation>Token do Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="207"/>
        <source>Also send my token to this mirror</source>
        <translation>Enviar meu token também para este espelho</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="209"/>
        <source>Off: the token goes to huggingface.co only, never to another address.</source>
        <translation>Desativado: o token vai apenas para huggingface.co, nunca para outro endereço.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="213"/>
        <source>Use models other apps keep on this computer</source>
        <translation>Usar modelos que outros aplicativos guardam neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="215"/>
        <source>LM Studio, GPT4All, Jan, Ollama and the Hugging Face cache; used in place.</source>
        <translation>LM Studio, GPT4All, Jan, Ollama e o cache do Hugging Face; usados onde estão.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="231"/>
        <source>saved in your system&apos;s keyring</source>
        <translation>salvo no chaveiro do sistema</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="60"/>
        <source>Show earlier messages</source>
        <translation>Mostrar mensagens anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="65"/>
        <source>Type a message below to start a chat.
Everything stays on this computer.</source>
        <translation>Digite uma mensagem abaixo para começar uma conversa.
Tudo fica neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="88"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="104"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="105"/>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>1 token</source>
        <translation>1 token</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="130"/>
        <source>{speed:.1f} tokens/s</source>
        <translation>{speed:.1f} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="132"/>
        <source>first token {ms:.0f} ms</source>
        <translation>primeiro token em {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="134"/>
        <source>stopped</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="136"/>
        <source>interrupted</source>
        <translation>interrompida inesperadamente</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="138"/>
        <source>cut at its length limit</source>
        <translation>cortada no limite de tamanho</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="69"/>
        <source>Runs fully on your GPU — about {rate} tokens/s</source>
        <translation>Roda totalmente na sua GPU — cerca de {rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="73"/>
        <source>Partial GPU offload ({layers} of {total} layers) — about {rate} tokens/s</source>
        <translation>Parcialmente na GPU ({layers} de {total} camadas) — cerca de {rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="77"/>
        <source>Runs on CPU — about {rate} tokens/s</source>
        <translation>Roda na CPU — cerca de {rate} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="79"/>
        <source>Too large — needs {need} GB, you have {have} GB</source>
        <translation>Grande demais — precisa de {need} GB, você tem {have} GB</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="86"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="102"/>
        <source>Welcome to Hearth</source>
        <translation>Boas-vindas ao Hearth</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="110"/>
        <source>Hearth runs AI chat models on this computer. What you write stays here, and a model on this computer works without the internet.</source>
        <translation>O Hearth executa modelos de IA para conversa neste computador. O que você escreve fica aqui, e um modelo neste computador funciona sem internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="119"/>
        <source>What Hearth found on this computer</source>
        <translation>O que o Hearth encontrou neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="126"/>
        <source>Looking at this computer…</source>
        <translation>Analisando este computador…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="133"/>
        <source>Hearth also found a model already on this computer; you can choose it from the Model list.</source>
        <translation>O Hearth também encontrou um modelo que já estava neste computador; você pode escolhê-lo na lista Modelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="138"/>
        <source>Hearth also found %n models already on this computer; you can choose them from the Model list.</source>
        <translation>
            <numerusform>O Hearth também encontrou %n modelo que já estava neste computador; você pode escolhê-lo na lista Modelo.</numerusform>
            <numerusform>O Hearth também encontrou %n modelos que já estavam neste computador; você pode escolhê-los na lista Modelo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="151"/>
        <source>Recommended first model</source>
        <translation>Primeiro modelo recomendado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="153"/>
        <source>Working out which model suits it…</source>
        <translation>Descobrindo qual modelo combina com ele…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="160"/>
        <source>Discover models, at the top of the window, lists more and says how each runs here.</source>
        <translation>Descobrir modelos, no topo da janela, lista outros modelos e mostra como cada um roda aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="182"/>
        <source>Start chatting now with the small built-in model</source>
        <translation>Começar a conversar agora com o pequeno modelo integrado</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="185"/>
        <source>{name} is ready now and works without the internet. It is small and simple: fine for trying Hearth, but do not rely on its answers.</source>
        <translation>{name} já está pronto e funciona sem internet. Ele é pequeno e simples: serve para experimentar o Hearth, mas não confie nas respostas dele.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="193"/>
        <source>Start chatting now with {name}</source>
        <translation>Começar a conversar agora com {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="195"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="300"/>
        <source>It is already on this computer.</source>
        <translation>Ele já está neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="197"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="199"/>
        <source>You can get a model later from Discover models.</source>
        <translation>Você pode obter um modelo mais tarde em Descobrir modelos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="221"/>
        <source>Hearth could not finish looking at this computer: {error}</source>
        <translation>O Hearth não conseguiu terminar de analisar este computador: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="227"/>
        <source>Without that, Hearth cannot recommend a model yet. You can start with the built-in model now and look for others later under Discover models.</source>
        <translation>Sem isso, o Hearth ainda não consegue recomendar um modelo. Você pode começar agora com o modelo integrado e procurar outros depois em Descobrir modelos.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="235"/>
        <source>Unknown processor</source>
        <translation>Processador desconhecido</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="237"/>
        <source>{name}, one core</source>
        <translation>{name}, um núcleo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="239"/>
        <source>{name}, %n cores</source>
        <translation>
            <numerusform>{name}, %n núcleo</numerusform>
            <numerusform>{name}, %n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="240"/>
        <source>Processor:</source>
        <translation>Processador:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="242"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="244"/>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="246"/>
        <source>Memory:</source>
        <translation>Memória:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="250"/>
        <source>None that Hearth can use; models run on the processor.</source>
        <translation>Nenhuma que o Hearth possa usar; os modelos rodam no processador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="252"/>
        <source>{gpus} (Hearth runs models on the processor here)</source>
        <translation>{gpus} (aqui o Hearth roda os modelos no processador)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="257"/>
        <source>Graphics:</source>
        <translation>Placa de vídeo:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="266"/>
        <source>{name}, sharing the main memory</source>
        <translation>{name}, compartilhando a memória principal</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="268"/>
        <source>{name}, built in</source>
        <translation>{name}, integrada</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="269"/>
        <source>{name} with {size} GB of its own memory</source>
        <translation>{name} com {size} GB de memória própria</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="278"/>
        <source>This computer has little memory or speed to spare for chat models, so the built-in model is the best fit for it. It is small, but it works, even without the internet.</source>
        <translation>Este computador tem pouca memória ou velocidade de sobra para modelos de conversa, por isso o modelo integrado é o mais adequado para ele. Ele é pequeno, mas funciona, mesmo sem internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="286"/>
        <source>Download:</source>
        <translation>Download:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="289"/>
        <source>Estimated {rate} tokens per second (a token is a word or part of one)</source>
        <translation>Estimativa de {rate} tokens por segundo (um token é uma palavra ou parte de uma)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="293"/>
        <source>Speed here:</source>
        <translation>Velocidade aqui:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="294"/>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="298"/>
        <source>Start chatting with {name}</source>
        <translation>Começar a conversar com {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="305"/>
        <source>Download {name} ({size})</source>
        <translation>Baixar {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="311"/>
        <source>It is ready to chat when the download finishes. Meanwhile you can already chat with the built-in model.</source>
        <translation>Ele estará pronto para conversar quando o download terminar. Enquanto isso, você já pode conversar com o modelo integrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="320"/>
        <source>about one word per second</source>
        <translation>cerca de uma palavra por segundo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="322"/>
        <source>about %n words per second</source>
        <translation>
            <numerusform>cerca de %n palavra por segundo</numerusform>
            <numerusform>cerca de %n palavras por segundo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="324"/>
        <source>faster than you can read</source>
        <translation>mais rápido do que você lê</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="326"/>
        <source>about as fast as you read</source>
        <translation>mais ou menos na velocidade da sua leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="328"/>
        <source>slower than you read, so long answers take a while</source>
        <translation>mais devagar do que você lê, então respostas longas levam um tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="329"/>
        <source>{rate}, {pace}</source>
        <translation>{rate}, {pace}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="336"/>
        <source>It fits in this computer&apos;s shared memory, with {spare} GB to spare.</source>
        <translation>Cabe na memória compartilhada deste computador, com {spare} GB de folga.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="339"/>
        <source>It fits on your graphics card, with {spare} GB to spare.</source>
        <translation>Cabe na sua placa de vídeo, com {spare} GB de folga.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="342"/>
        <source>Most of it runs on your graphics card, the rest on the processor.</source>
        <translation>A maior parte roda na sua placa de vídeo, e o restante no processador.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="346"/>
        <source>It runs on the processor and leaves {spare} GB of memory for other programs.</source>
        <translation>Roda no processador e deixa {spare} GB de memória para outros programas.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="351"/>
        <source>Of the models that answer quickly here, it is the best for everyday chat.</source>
        <translation>Dos modelos que respondem rápido aqui, é o melhor para conversas do dia a dia.</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="354"/>
        <source>Of the models that run here, it is the best for everyday chat.</source>
        <translation>Dos modelos que rodam aqui, é o melhor para conversas do dia a dia.</translation>
    </message>
</context>
</TS>
