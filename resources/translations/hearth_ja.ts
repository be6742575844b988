<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="180"/>
        <source>Your message will be sent when {model} has loaded.</source>
        <translation>{model}の読み込みが完了すると、メッセージが送信されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="190"/>
        <source>{model} reloads to apply this conversation&apos;s thinking setting; your message is sent then.</source>
        <translation>このチャットの思考設定を適用するため、{model}を再読み込みします。完了後にメッセージが送信されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="236"/>
        <source>The conversation is longer than this model can read at once: the oldest {n} messages were left out of what it sees (they are still here).</source>
        <translation>チャットがこのモデルで一度に読める長さを超えています。古いメッセージ{n}件はモデルに渡されていません（チャットには残っています）。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="245"/>
        <source>Waiting for another app&apos;s request to finish…</source>
        <translation>別のアプリのリクエストが完了するのを待っています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="292"/>
        <source>stopped before the first word</source>
        <translation>応答が始まる前に停止しました</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="294"/>
        <source>interrupted before the first word</source>
        <translation>応答が始まる前に中断されました</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="304"/>
        <source>{model} — ready</source>
        <translation>{model} — 準備完了</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/chat_controller.py" line="412"/>
        <source>Edit your message and send it again.</source>
        <translation>メッセージを編集して、もう一度送信してください。</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <location filename="../../desktop/hearth/ui/chat_input.py" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>メッセージを入力 — Enterで送信、Shift+Enterで改行</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="13"/>
        <source>How much of the model&apos;s context this chat uses</source>
        <translation>このチャットが使用しているモデルのコンテキストの量</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/context_meter.py" line="21"/>
        <source>{used} / {total} tokens</source>
        <translation>{used} / {total}トークン</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="62"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
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
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="130"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="152"/>
        <source>Deleted “{title}”.</source>
        <translation>「{title}」を削除しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="172"/>
        <source>There is nothing to export yet.</source>
        <translation>エクスポートする内容はまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="184"/>
        <source>Export chat</source>
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="186"/>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="199"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="200"/>
        <source>The chat could not be saved to {path}: {error}</source>
        <translation>チャットを{path}に保存できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversations_ui.py" line="205"/>
        <source>Saved to {path}</source>
        <translation>{path}に保存しました</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="35"/>
        <source>&lt;b&gt;This conversation&lt;/b&gt;</source>
        <translation>&lt;b&gt;このチャット&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="36"/>
        <source>System prompt:</source>
        <translation>システムプロンプト:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="38"/>
        <source>How the model should behave (optional)</source>
        <translation>モデルの振る舞いの指示（省略可）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="43"/>
        <source>Precise</source>
        <translation>正確</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="44"/>
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="45"/>
        <source>Creative</source>
        <translation>創造的</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="46"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="47"/>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="49"/>
        <source>Temperature:</source>
        <translation>温度:</translation>
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
        <translation>繰り返しペナルティ:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="61"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="62"/>
        <source>Max reply tokens:</source>
        <translation>応答の最大トークン数:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="65"/>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="66"/>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="70"/>
        <source>App default</source>
        <translation>アプリの既定値</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="71"/>
        <source>Context length:</source>
        <translation>コンテキスト長:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="75"/>
        <source>Reasoning models can think before they answer: slower, often better.</source>
        <translation>推論モデルは回答の前に思考できます。時間はかかりますが、多くの場合より良い回答になります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="77"/>
        <source>Thinking:</source>
        <translation>思考:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="100"/>
        <source>Model&apos;s default</source>
        <translation>モデルの既定</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="102"/>
        <source>Think first</source>
        <translation>思考してから回答</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="103"/>
        <source>Answer directly</source>
        <translation>直接回答</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="104"/>
        <source>Think briefly</source>
        <translation>短く思考</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="105"/>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/conversation_panel.py" line="106"/>
        <source>Think hard</source>
        <translation>じっくり思考</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="42"/>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="74"/>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="46"/>
        <source>Search chats (Ctrl+F)</source>
        <translation>チャットを検索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="85"/>
        <source>No chats match</source>
        <translation>一致するチャットはありません</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="117"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="119"/>
        <source>Pin to top</source>
        <translation>先頭にピン留め</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="122"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/sidebar.py" line="124"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="57"/>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/crash.py" line="60"/>
        <source>Something went wrong inside Hearth. Your conversation is still here.
The details were written to {log}.</source>
        <translation>Hearthの内部で問題が発生しました。チャットの内容は失われていません。
詳細は{log}に記録されました。</translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="270"/>
        <source>Show the best for:</source>
        <translation>おすすめの用途:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="273"/>
        <source>General chat</source>
        <translation>一般的なチャット</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="274"/>
        <source>Coding</source>
        <translation>コーディング</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="275"/>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="276"/>
        <source>Many languages</source>
        <translation>多言語</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="281"/>
        <source>Only models that run here</source>
        <translation>このコンピューターで動作するモデルのみ</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="285"/>
        <source>Looking at this computer…</source>
        <translation>このコンピューターを調べています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="306"/>
        <source>Working out what runs on this computer…</source>
        <translation>このコンピューターで動作するモデルを判定しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="321"/>
        <source>The model catalog could not be read: {error}</source>
        <translation>モデルカタログを読み込めませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="134"/>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="184"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="137"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="163"/>
        <source>less than a minute left</source>
        <translation>残り1分未満</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="167"/>
        <source>about {minutes} min left</source>
        <translation>残り約{minutes}分</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="168"/>
        <source>about {hours} h left</source>
        <translation>残り約{hours}時間</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="186"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="202"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="215"/>
        <source>part {part} of {count}</source>
        <translation>パート{part}/{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="220"/>
        <source>{speed}/s</source>
        <translation>{speed}/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="225"/>
        <source>Waiting · {sizes}</source>
        <translation>待機中 · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="227"/>
        <source>Paused · {sizes}</source>
        <translation>一時停止中 · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="229"/>
        <source>Downloaded and verified · {size}</source>
        <translation>ダウンロード・検証済み · {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="231"/>
        <source>Stopped · {sizes}</source>
        <translation>停止 · {sizes}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="233"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="34"/>
        <source>Interrupted — trying again…</source>
        <translation>中断されました — 再試行しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="35"/>
        <source>Interrupted — retrying in {seconds} s</source>
        <translation>中断されました — {seconds}秒後に再試行します</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="40"/>
        <source>Offline — it starts by itself when the network is back (trying now…)</source>
        <translation>オフライン — ネットワークが復旧すると自動的に開始します（再試行中…）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="43"/>
        <source>Offline — it starts by itself when the network is back (next try in {seconds} s)</source>
        <translation>オフライン — ネットワークが復旧すると自動的に開始します（{seconds}秒後に再試行）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="48"/>
        <source>Offline — trying again…</source>
        <translation>オフライン — 再試行しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="49"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation>オフライン — {seconds}秒後に再試行します</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="55"/>
        <source>Hearth cannot reach {host}. It keeps trying and the download goes on by itself when the network is back; what is downloaded so far is kept.</source>
        <translation>Hearthは{host}に接続できません。接続を試み続け、ネットワークが復旧するとダウンロードは自動的に再開されます。ここまでにダウンロードした分は保持されます。</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="250"/>
        <source>&lt;b&gt;Downloads&lt;/b&gt;</source>
        <translation>&lt;b&gt;ダウンロード&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="251"/>
        <source>Clear finished</source>
        <translation>完了した項目を消去</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/downloads_panel.py" line="255"/>
        <source>Nothing is downloading. Models you download appear here.</source>
        <translation>ダウンロード中の項目はありません。ダウンロードしたモデルはここに表示されます。</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/hearth/ui/draft.py" line="62"/>
        <source>What you type cannot be kept if Hearth closes: saving the draft failed ({error}).</source>
        <translation>下書きを保存できませんでした（{error}）。Hearthが終了すると、入力中の内容は失われます。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="31"/>
        <source>The model {name} could not be loaded. The file may be incomplete or damaged; downloading it again usually helps. (llama.cpp said: {reason})</source>
        <translation>モデル{name}を読み込めませんでした。ファイルが不完全か破損している可能性があります。通常はもう一度ダウンロードすると解決します。（llama.cppのメッセージ: {reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="35"/>
        <source>no reason given</source>
        <translation>理由は不明</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="39"/>
        <source>The model stopped working in the middle of the reply. What it wrote so far is kept. Reload the model to go on.</source>
        <translation>応答の途中でモデルが停止しました。ここまでの出力は保持されています。続けるには、モデルを再読み込みしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="48"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then try again.</source>
        <translation>このモデルはアクセスが制限されています。モデルのページ（{url}）でライセンスに同意してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="52"/>
        <source>This model is gated: accept the license on the model&apos;s page ({url}), then add your Hugging Face token in Settings.</source>
        <translation>このモデルはアクセスが制限されています。モデルのページ（{url}）でライセンスに同意してから、設定でHugging Faceトークンを追加してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="60"/>
        <source>{file} arrived damaged and was deleted; it is never used for chat. Resume to download it again.</source>
        <translation>{file}は破損した状態で届いたため削除しました。チャットに使われることはありません。再開すると、もう一度ダウンロードします。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="68"/>
        <source>{path} is not a complete model file: it may have been cut short while downloading or copying. Download it again.</source>
        <translation>{path}は完全なモデルファイルではありません。ダウンロードまたはコピーの途中で途切れた可能性があります。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="72"/>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="99"/>
        <source>This file</source>
        <translation>このファイル</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="76"/>
        <source>Hearth cannot read the chat history at {path} ({reason}). Your chats are not changed; a backup of the file can be restored there.</source>
        <translation>Hearthは{path}にあるチャット履歴を読み込めません（{reason}）。チャットは変更されていません。同じ場所にファイルのバックアップを復元できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="85"/>
        <source>The model file {path} is missing. It may have been moved or deleted.</source>
        <translation>モデルファイル{path}が見つかりません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="88"/>
        <source>{path} is not a model file Hearth can use (it is not in GGUF format).</source>
        <translation>{path}はHearthで使用できるモデルファイルではありません（GGUF形式ではありません）。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="91"/>
        <source>The model file {path} cannot be read ({detail}). Check that the drive it is on is connected and that you may read it.</source>
        <translation>モデルファイル{path}を読み込めません（{detail}）。ファイルのあるドライブが接続されていること、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="96"/>
        <source>{path} is not a valid model file ({detail}). Download it again, or choose another.</source>
        <translation>{path}は有効なモデルファイルではありません（{detail}）。もう一度ダウンロードするか、別のファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="101"/>
        <source>This file describes a kind of model Hearth cannot run for chat (architecture {arch}).</source>
        <translation>このファイルは、Hearthがチャットに使用できない種類のモデルです（アーキテクチャ: {arch}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="104"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="105"/>
        <source>{name} is too large for this computer: it needs {need} GB and there are {have} GB.</source>
        <translation>{name}はこのコンピューターには大きすぎます。{need} GB必要ですが、{have} GBしかありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="113"/>
        <source>No installed model is called {name}.</source>
        <translation>{name}という名前のインストール済みモデルはありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="116"/>
        <source>{name} belongs to {app} (in {folder}); Hearth only uses it where it is. Remove it in {app} to free its space.</source>
        <translation>{name}は{app}のモデルです（{folder}内）。Hearthはその場所にあるまま使用しています。空き容量を増やすには、{app}で削除してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="121"/>
        <source>{path} is one part of a model split into several files, and some of the other parts are not next to it.</source>
        <translation>{path}は複数のファイルに分割されたモデルの一部ですが、他のパートの一部が同じ場所にありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="126"/>
        <source>{name} comes with Hearth and cannot be deleted.</source>
        <translation>{name}はHearthに付属しているため削除できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="131"/>
        <source>The model took longer than {seconds} seconds to load, so loading was stopped.</source>
        <translation>モデルの読み込みに{seconds}秒以上かかったため、読み込みを中止しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="136"/>
        <source>The model could not answer this message ({detail}). Try sending it again.</source>
        <translation>モデルはこのメッセージに応答できませんでした（{detail}）。もう一度送信してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="139"/>
        <source>The model&apos;s engine refused Hearth&apos;s key. Reload the model.</source>
        <translation>モデルのエンジンがHearthのキーを拒否しました。モデルを再読み込みしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="142"/>
        <source>Loading the model was cancelled.</source>
        <translation>モデルの読み込みがキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="144"/>
        <source>Hearth&apos;s list of models is damaged ({where}). Reinstalling Hearth restores it.</source>
        <translation>Hearthのモデル一覧が破損しています（{where}）。Hearthを再インストールすると復元されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="147"/>
        <source>Hearth&apos;s list of models is missing. Reinstalling Hearth restores it.</source>
        <translation>Hearthのモデル一覧が見つかりません。Hearthを再インストールすると復元されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="151"/>
        <source>The chat history could not be saved or read ({reason}). What is on screen is kept; try again, or check the free disk space.</source>
        <translation>チャット履歴を保存または読み込みできませんでした（{reason}）。画面上の内容は保持されています。もう一度試すか、ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="156"/>
        <source>The chat history was written by a newer version of Hearth. Update Hearth to open it; nothing in it was changed.</source>
        <translation>このチャット履歴は新しいバージョンのHearthで作成されています。開くにはHearthを更新してください。履歴の内容は変更されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="162"/>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <translation>このチャットはもう存在しません。別のウィンドウで削除された可能性があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="165"/>
        <source>This message no longer exists; it may have been deleted in another window.</source>
        <translation>このメッセージはもう存在しません。別のウィンドウで削除された可能性があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="168"/>
        <source>This is not a chat exported by Hearth ({reason}).</source>
        <translation>これはHearthでエクスポートしたチャットではありません（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="171"/>
        <source>Hearth can save a chat as Markdown (.md) or JSON (.json): choose one of those.</source>
        <translation>Hearthでは、チャットをMarkdown（.md）またはJSON（.json）で保存できます。いずれかを選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="174"/>
        <source>Could not save the chat to {path} ({reason}). Choose another folder or file name.</source>
        <translation>チャットを{path}に保存できませんでした（{reason}）。別のフォルダーまたはファイル名を選択してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="180"/>
        <source>The model hub listed a file named {path}, which would be saved outside the models folder, so it was not downloaded. If you set a mirror, it may be broken.</source>
        <translation>モデルハブが示したファイル名{path}はモデルフォルダーの外に保存されるものだったため、ダウンロードしませんでした。ミラーを設定している場合は、そのミラーに問題がある可能性があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="185"/>
        <source>{repo} is not a model name on the hub; they look like owner/name (for example bartowski/Llama-3.2-3B-Instruct-GGUF).</source>
        <translation>{repo}はハブのモデル名ではありません。モデル名は「所有者/名前」の形式です（例: bartowski/Llama-3.2-3B-Instruct-GGUF）。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="190"/>
        <source>There is no model {repo} on {host}.</source>
        <translation>{host}にモデル{repo}はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="193"/>
        <source>The model {repo} has no file {file}.</source>
        <translation>モデル{repo}にファイル{file}はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="196"/>
        <source>The hub did not accept your Hugging Face token. Check it in Settings.</source>
        <translation>ハブがHugging Faceトークンを受け付けませんでした。設定でトークンを確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="199"/>
        <source>The hub refused access (403). Your token may lack permission, or access may be blocked where you are: try a mirror as the hub address in Settings.</source>
        <translation>ハブがアクセスを拒否しました（403）。トークンに権限がないか、お使いの地域でアクセスがブロックされている可能性があります。設定でハブのアドレスにミラーを指定してみてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="204"/>
        <source>The hub is limiting downloads right now. Resume in a few minutes; nothing downloaded so far is lost.</source>
        <translation>ハブが現在ダウンロードを制限しています。数分後に再開してください。ここまでにダウンロードした分は失われません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="209"/>
        <source>The hub had a problem on its side (HTTP {status}). Resume later; nothing downloaded so far is lost.</source>
        <translation>ハブ側で問題が発生しました（HTTP {status}）。後で再開してください。ここまでにダウンロードした分は失われません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="214"/>
        <source>The hub answered with an error (HTTP {status}) for {file}. Try again later.</source>
        <translation>ハブが{file}に対してエラーを返しました（HTTP {status}）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="217"/>
        <source>Cannot reach {host}. Check the internet connection, then resume: nothing downloaded so far is lost.</source>
        <translation>{host}に接続できません。インターネット接続を確認してから再開してください。ここまでにダウンロードした分は失われません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="222"/>
        <source>Talking to the model hub failed ({detail}). Try again in a moment.</source>
        <translation>モデルハブとの通信に失敗しました（{detail}）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="225"/>
        <source>{repo} has no model files Hearth can run (GGUF). Look for a version of it whose name ends in -GGUF.</source>
        <translation>{repo}にはHearthで実行できるモデルファイル（GGUF）がありません。名前が「-GGUF」で終わる版を探してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="230"/>
        <source>{repo} comes in several versions; choose one of: {choices}.</source>
        <translation>{repo}には複数の版があります。次のいずれかを選択してください: {choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="233"/>
        <source>{repo} has no {quant} version. It has: {choices}.</source>
        <translation>{repo}には{quant}版はありません。利用可能な版: {choices}。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="236"/>
        <source>Hearth could not check whether {file} fits this computer. Try again in a moment.</source>
        <translation>{file}がこのコンピューターで動作するか確認できませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="239"/>
        <source>Not enough free disk space: this model needs {needed} and there is {free} free.</source>
        <translation>ディスクの空き容量が不足しています。このモデルには{needed}必要ですが、空き容量は{free}です。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="242"/>
        <source>The disk is full. Free some space, then resume.</source>
        <translation>ディスクがいっぱいです。空き容量を確保してから再開してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="245"/>
        <source>The download failed ({detail}). Resume it to try again; nothing downloaded so far is lost.</source>
        <translation>ダウンロードに失敗しました（{detail}）。再開するともう一度試行します。ここまでにダウンロードした分は失われません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="250"/>
        <source>{name} is split into several files and some of them are missing on the hub, so it cannot be downloaded.</source>
        <translation>{name}は複数のファイルに分割されていますが、その一部がハブにないため、ダウンロードできません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="255"/>
        <source>{file} is already being downloaded by another Hearth window or command.</source>
        <translation>{file}は別のHearthウィンドウまたはコマンドでダウンロード中です。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="258"/>
        <source>Hearth could not write the download to {folder} ({detail}). Check the free space and that the folder may be written to.</source>
        <translation>ダウンロードしたデータを{folder}に書き込めませんでした（{detail}）。空き容量と、フォルダーへの書き込み権限を確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="264"/>
        <source>This computer has no password store Hearth can use, so the token cannot be saved. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).</source>
        <translation>このコンピューターにはHearthが使用できるパスワードストアがないため、トークンを保存できません。Linuxでは、Secret Service対応のキーリング（GNOME KeyringまたはKWallet）をインストールし、ロックを解除してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="269"/>
        <source>A Hugging Face token is one word without spaces, starting with hf_.</source>
        <translation>Hugging Faceトークンは、hf_で始まるスペースを含まない文字列です。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/error_wordings.py" line="272"/>
        <source>{path} is not a hardware profile saved by Hearth (hearth detect --json).</source>
        <translation>{path}はHearthで保存したハードウェアプロファイル（hearth detect --json）ではありません。</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>1 file</source>
        <translation>1ファイル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="190"/>
        <source>%n parts</source>
        <translation>
            <numerusform>%nパート</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="193"/>
        <source>Checking whether it runs here…</source>
        <translation>このコンピューターで動作するか確認しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="195"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="199"/>
        <source>Some parts of this model are missing on the hub.</source>
        <translation>このモデルの一部のパートがハブにありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="205"/>
        <source>Could not check whether it runs here: {reason}</source>
        <translation>このコンピューターで動作するか確認できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="32"/>
        <source>Hearth runs models through Vulkan, which is slower.</source>
        <translation>HearthはVulkan経由でモデルを実行しますが、速度は低下します。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="33"/>
        <source>Hearth runs models on the processor only.</source>
        <translation>Hearthはプロセッサーのみでモデルを実行します。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="40"/>
        <source>To use it: {command}</source>
        <translation>GPUを使用するには: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="43"/>
        <source>Install &quot;Hearth for NVIDIA&quot; from the download page: it uses your GPU through CUDA (an up-to-date NVIDIA driver is needed).</source>
        <translation>ダウンロードページから「Hearth for NVIDIA」をインストールしてください。CUDA経由でGPUを使用します（最新のNVIDIAドライバーが必要です）。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="49"/>
        <source>The Apple Silicon download of Hearth uses it through Metal.</source>
        <translation>Apple Silicon版のHearthをダウンロードすると、Metal経由でGPUを使用できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="50"/>
        <source>Hearth uses it through Vulkan: install your graphics driver&apos;s Vulkan support (on Debian and Ubuntu: mesa-vulkan-drivers), then restart Hearth.</source>
        <translation>HearthはVulkan経由でGPUを使用します。グラフィックスドライバーのVulkanサポート（DebianとUbuntuではmesa-vulkan-drivers）をインストールしてから、Hearthを再起動してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="58"/>
        <source>Your {gpu} is not used: this llama.cpp build has no {backend} backend, so models run on the processor only.</source>
        <translation>{gpu}は使用されていません。このllama.cppビルドには{backend}バックエンドがないため、モデルはプロセッサーのみで実行されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="64"/>
        <source>On integrated graphics the gain over the processor is often small.</source>
        <translation>内蔵グラフィックスでは、プロセッサーと比べた高速化の効果は小さいことがよくあります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="71"/>
        <source>Hearth is running as an Intel (x86_64) program under Rosetta on an Apple Silicon Mac, which is much slower and cannot use the GPU. Install the Apple Silicon (arm64) version of Hearth.</source>
        <translation>HearthがApple Silicon搭載Mac上で、RosettaによりIntel（x86_64）プログラムとして実行されています。この状態では動作が大幅に遅く、GPUも使用できません。Apple Silicon（arm64）版のHearthをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="77"/>
        <source>The NVIDIA driver did not answer ({reason}). If the driver was updated recently, restart the computer.</source>
        <translation>NVIDIAドライバーが応答しませんでした（{reason}）。最近ドライバーを更新した場合は、コンピューターを再起動してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="82"/>
        <source>llama.cpp (the llama-cpp-python package) is not installed, so models cannot run yet.</source>
        <translation>llama.cpp（llama-cpp-pythonパッケージ）がインストールされていないため、まだモデルを実行できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="86"/>
        <source>Hearth could not ask llama.cpp which devices it can use ({reason}); it assumes the processor only.</source>
        <translation>使用できるデバイスをllama.cppに問い合わせることができませんでした（{reason}）。プロセッサーのみを使用するものとして扱います。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="92"/>
        <source>llama.cpp can use {seen} of your {total} {vendor} GPUs. The others may be hidden by CUDA_VISIBLE_DEVICES, HIP_VISIBLE_DEVICES or GGML_VK_VISIBLE_DEVICES.</source>
        <translation>llama.cppが使用できるのは、{total}個の{vendor} GPUのうち{seen}個です。残りはCUDA_VISIBLE_DEVICES、HIP_VISIBLE_DEVICES、またはGGML_VK_VISIBLE_DEVICESによって非表示になっている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="97"/>
        <source>Your NVIDIA driver ({driver}) is too old for CUDA 12, which needs {needed} or newer. {fallback} Update the NVIDIA driver to use your {gpu} fully.</source>
        <translation>NVIDIAドライバー（{driver}）が古いため、CUDA 12を使用できません（{needed}以降が必要です）。{fallback}{gpu}を最大限に活用するには、NVIDIAドライバーを更新してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="107"/>
        <source>CUDA could not start on your {gpu}. {fallback} Updating the NVIDIA driver and restarting the computer usually fixes this.</source>
        <translation>{gpu}でCUDAを開始できませんでした。{fallback}通常は、NVIDIAドライバーを更新してコンピューターを再起動すると解決します。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="112"/>
        <source>A {vendor} graphics card was found (PCI {slot}) but no driver is loaded for it, so it cannot be used. Install the {vendor} driver.</source>
        <translation>{vendor}のグラフィックスカード（PCI {slot}）が見つかりましたが、ドライバーが読み込まれていないため使用できません。{vendor}のドライバーをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="117"/>
        <source>Your NVIDIA graphics card (PCI {slot}) runs the open-source nouveau driver, which cannot run models. Install NVIDIA&apos;s own driver to use it.</source>
        <translation>NVIDIAのグラフィックスカード（PCI {slot}）はオープンソースのnouveauドライバーで動作していますが、このドライバーではモデルを実行できません。使用するには、NVIDIA純正のドライバーをインストールしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="122"/>
        <source>Memory is shared between the processor and the GPU: models on the GPU can use up to {gpu} GB of your {ram} GB (Metal&apos;s limit, which `sudo sysctl iogpu.wired_limit_mb=...` can raise).</source>
        <translation>メモリはプロセッサーとGPUで共有されています。GPU上のモデルが使用できるのは、{ram} GBのうち最大{gpu} GBです（これはMetalの上限で、`sudo sysctl iogpu.wired_limit_mb=...`で引き上げることができます）。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="128"/>
        <source>The {gpu} shares system memory: {reserved} GB is reserved for it and it can map up to {shared} GB more.</source>
        <translation>{gpu}はシステムメモリを共有しています。{reserved} GBがGPU用に予約されており、さらに最大{shared} GBを割り当てることができます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="137"/>
        <source>Your processor has no AVX2 instructions, so models run several times slower on it than on recent processors.</source>
        <translation>このプロセッサーはAVX2命令に対応していないため、最近のプロセッサーと比べてモデルの実行が数倍遅くなります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="142"/>
        <source>Some hardware could not be read ({probes}); recommendations may be less accurate. Details are in Hearth&apos;s log.</source>
        <translation>一部のハードウェア情報を読み取れませんでした（{probes}）。おすすめの精度が下がる可能性があります。詳細はHearthのログに記録されています。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="147"/>
        <source>Hearth could not read this computer&apos;s hardware; see Hearth&apos;s log.</source>
        <translation>このコンピューターのハードウェア情報を読み取れませんでした。Hearthのログを確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="160"/>
        <source>System memory (RAM)</source>
        <translation>システムメモリ（RAM）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="161"/>
        <source>Unified memory</source>
        <translation>ユニファイドメモリ</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="163"/>
        <source>{gpu} (GPU share)</source>
        <translation>{gpu}（GPU割り当て分）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_wordings.py" line="164"/>
        <source>{gpu} (shared memory)</source>
        <translation>{gpu}（共有メモリ）</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="45"/>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="49"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="73"/>
        <source>Looking at this computer…</source>
        <translation>このコンピューターを調べています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="53"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="61"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="85"/>
        <source>Processor:</source>
        <translation>プロセッサー:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="87"/>
        <source>{brand} — {cores} cores, {threads} threads</source>
        <translation>{brand} — {cores}コア、{threads}スレッド</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="88"/>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="94"/>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="95"/>
        <source>Graphics:</source>
        <translation>グラフィックス:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="97"/>
        <source>llama.cpp uses:</source>
        <translation>llama.cppの使用デバイス:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="101"/>
        <source>CPU code:</source>
        <translation>CPUコード:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="103"/>
        <source>built for {variant}</source>
        <translation>{variant}向けビルド</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="116"/>
        <source>Not used:</source>
        <translation>除外したコード:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="136"/>
        <source>{total} — use unknown</source>
        <translation>{total} — 使用量不明</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hardware_panel.py" line="140"/>
        <source>{used} used of {total} ({free} available)</source>
        <translation>{total}中{used}を使用（空き{free}）</translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="235"/>
        <source>Search the hub for GGUF models, e.g. qwen 7b</source>
        <translation>ハブでGGUFモデルを検索（例: qwen 7b）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="238"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="285"/>
        <source>Searching the hub…</source>
        <translation>ハブを検索しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="304"/>
        <source>Cannot reach {host}. Check the internet connection; where the hub is slow or blocked, set a mirror as the hub address in Settings.</source>
        <translation>{host}に接続できません。インターネット接続を確認してください。ハブへの接続が遅い、またはブロックされている場合は、設定でハブのアドレスにミラーを指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="308"/>
        <source>The hub is limiting how often it answers. Try again in a few minutes.</source>
        <translation>ハブが応答の頻度を制限しています。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="310"/>
        <source>The hub had a problem on its side (HTTP {status}). Try again later.</source>
        <translation>ハブ側で問題が発生しました（HTTP {status}）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="321"/>
        <source>1 download</source>
        <translation>1回ダウンロード</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/hub_search.py" line="323"/>
        <source>%Ln downloads</source>
        <translation>
            <numerusform>%Ln回ダウンロード</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="326"/>
        <source>{facts} · gated</source>
        <translation>{facts} · アクセス制限あり</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="331"/>
        <source>No GGUF models on the hub match “{query}”.</source>
        <translation>「{query}」に一致するGGUFモデルはハブにありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="345"/>
        <source>Listing the model files…</source>
        <translation>モデルファイルの一覧を取得しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/hub_search.py" line="357"/>
        <source>This repository has no GGUF model files.</source>
        <translation>このリポジトリにはGGUFモデルファイルがありません。</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="123"/>
        <source>Checking {name} on Hugging Face…</source>
        <translation>Hugging Faceで{name}を確認しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="140"/>
        <source>{name} is ready to chat with.</source>
        <translation>{name}でチャットできるようになりました。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="152"/>
        <source>Could not look for unfinished downloads: {error}</source>
        <translation>未完了のダウンロードを確認できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="161"/>
        <source>Continue the unfinished download</source>
        <translation>未完了のダウンロードを再開</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/library_ui.py" line="163"/>
        <source>Continue %n unfinished downloads</source>
        <translation>
            <numerusform>未完了のダウンロード%n件を再開</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="185"/>
        <source>Add a model file</source>
        <translation>モデルファイルを追加</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="187"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUFモデル (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="199"/>
        <source>Cannot add this file</source>
        <translation>このファイルは追加できません</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="204"/>
        <source>Added {name}; it stays where it is.</source>
        <translation>{name}を追加しました。ファイルは元の場所のまま使用されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="219"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="229"/>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="244"/>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="222"/>
        <source>Delete {name}? This frees {size} on disk.</source>
        <translation>{name}を削除しますか？ディスクの空き容量が{size}増えます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="227"/>
        <source>Remove {name} from Hearth? The file itself stays where it is.</source>
        <translation>{name}をHearthから削除しますか？ファイル自体は元の場所に残ります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="240"/>
        <source>{name} could not be deleted: {error}</source>
        <translation>{name}を削除できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/library_ui.py" line="248"/>
        <source>Deleted {name}: {size} freed.</source>
        <translation>{name}を削除しました。{size}の空き容量が増えました。</translation>
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
        <translation>モデル:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="161"/>
        <source>Chat settings</source>
        <translation>チャットの設定</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="167"/>
        <source>Reload model</source>
        <translation>モデルを再読み込み</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="176"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="177"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="178"/>
        <source>Stop the reply (Esc)</source>
        <translation>応答を停止（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="187"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="195"/>
        <source>Discover models</source>
        <translation>モデルを探す</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="196"/>
        <source>Search Hugging Face</source>
        <translation>Hugging Faceを検索</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="197"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="327"/>
        <source>There is no model to chat with yet.</source>
        <translation>チャットに使えるモデルがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="355"/>
        <source>{model} — stopped unexpectedly</source>
        <translation>{model} — 予期せず停止しました</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="398"/>
        <source>Token not saved</source>
        <translation>トークンを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/main_window.py" line="411"/>
        <source>Could not save settings: {error}</source>
        <translation>設定を保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="62"/>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="67"/>
        <source>&amp;Search chats</source>
        <translation>チャットを検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="70"/>
        <source>&amp;Export chat…</source>
        <translation>チャットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="72"/>
        <source>S&amp;top reply</source>
        <translation>応答を停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="74"/>
        <source>Choose &amp;model</source>
        <translation>モデルを選択(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="78"/>
        <source>C&amp;hat settings</source>
        <translation>チャットの設定(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="83"/>
        <source>Show the &amp;chat</source>
        <translation>チャットを表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="87"/>
        <source>&amp;Discover models</source>
        <translation>モデルを探す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="93"/>
        <source>Search &amp;Hugging Face</source>
        <translation>Hugging Faceを検索(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="98"/>
        <source>Do&amp;wnloads</source>
        <translation>ダウンロード(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="101"/>
        <source>&amp;Add a model file…</source>
        <translation>モデルファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="105"/>
        <source>Show the model in the &amp;file manager</source>
        <translation>ファイルマネージャーでモデルを表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="110"/>
        <source>De&amp;lete this model…</source>
        <translation>このモデルを削除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="112"/>
        <source>Settin&amp;gs…</source>
        <translation>設定(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="116"/>
        <source>This &amp;computer…</source>
        <translation>このコンピューター(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="119"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="123"/>
        <source>&amp;About Hearth</source>
        <translation>Hearthについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="125"/>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="128"/>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="137"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="159"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="160"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="176"/>
        <source>About Hearth</source>
        <translation>Hearthについて</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/menus.py" line="177"/>
        <source>Hearth {version}
Open language models on your own computer, offline.</source>
        <translation>Hearth {version}
オープンな言語モデルを、自分のコンピューターでオフラインで。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="131"/>
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="132"/>
        <source>Edit this message and send it again</source>
        <translation>このメッセージを編集して再送信</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="133"/>
        <source>Write this reply again</source>
        <translation>この応答を再生成</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="134"/>
        <source>Delete this message</source>
        <translation>このメッセージを削除</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="223"/>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="225"/>
        <source>Thought for {seconds:.0f} s</source>
        <translation>{seconds:.0f}秒間思考しました</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/message_view.py" line="227"/>
        <source>Thoughts</source>
        <translation>思考内容</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="92"/>
        <source>{name}: stopped the self-test with an error ({signal})</source>
        <translation>{name}: セルフテストがエラーで停止（{signal}）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="96"/>
        <source>{name}: stopped during a reply ({signal})</source>
        <translation>{name}: 応答中に停止（{signal}）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="100"/>
        <source>{name}: computed wrong results in the self-test</source>
        <translation>{name}: セルフテストで誤った計算結果</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="103"/>
        <source>{name}: did not finish its self-test</source>
        <translation>{name}: セルフテストが未完了</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="110"/>
        <source>Your processor could not run llama.cpp&apos;s fastest code ({crashed}, {signal}). Hearth now uses the {now} code and is asking again.</source>
        <translation>このプロセッサーではllama.cppの最速のコードを実行できませんでした（{crashed}、{signal}）。Hearthは{now}向けのコードに切り替えて、応答を再生成しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="120"/>
        <source>Your GPU stopped responding during the reply ({reason}). The model now runs on the CPU alone, and Hearth is asking again.</source>
        <translation>応答の生成中にGPUが反応しなくなりました（{reason}）。モデルはCPUのみで実行されるようになり、Hearthが応答を再生成しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="126"/>
        <source>Your GPU could not load this model ({reason}), so it runs on the CPU alone.</source>
        <translation>GPUでこのモデルを読み込めなかったため（{reason}）、CPUのみで実行します。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="131"/>
        <source>Your GPU could not hold all {requested} layers of this model ({reason}). {now} run on the GPU now, the rest on the CPU.</source>
        <translation>このモデルの全{requested}レイヤーをGPUに載せられませんでした（{reason}）。現在は{now}レイヤーをGPUで、残りをCPUで実行しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="138"/>
        <source>Expect about {after} tokens/s instead of {before}.</source>
        <translation>速度は{before}トークン/秒から約{after}トークン/秒になる見込みです。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="149"/>
        <source>on the CPU</source>
        <translation>CPUで実行</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="150"/>
        <source>the GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="152"/>
        <source>all {total} layers on {devices}</source>
        <translation>全{total}レイヤーを{devices}で実行</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="155"/>
        <source>{layers} of {total} layers on {devices}, the rest on the CPU</source>
        <translation>{total}レイヤー中{layers}レイヤーを{devices}で、残りをCPUで実行</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="167"/>
        <source>{device}: weights {w} GB · KV cache {kv} GB · other {o} GB — of {cap} GB</source>
        <translation>{device}: 重み {w} GB · KVキャッシュ {kv} GB · その他 {o} GB — 容量 {cap} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="180"/>
        <source>{size} GB download</source>
        <translation>ダウンロードサイズ {size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="181"/>
        <source>licence: {name}</source>
        <translation>ライセンス: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/discover.py" line="182"/>
        <source>context %Ln tokens</source>
        <translation>
            <numerusform>コンテキスト長 %Lnトークン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="187"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="190"/>
        <source>Included</source>
        <translation>付属</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="203"/>
        <source>{rate} tokens/s as measured here</source>
        <translation>{rate}トークン/秒（このコンピューターでの実測値）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="206"/>
        <source>about {rate} tokens/s (predicted from replies here)</source>
        <translation>約{rate}トークン/秒（このコンピューターでの応答からの予測値）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="207"/>
        <source>about {rate} tokens/s (predicted)</source>
        <translation>約{rate}トークン/秒（予測値）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="217"/>
        <source>fits your {total} GB GPU with {spare} GB to spare, {speed}</source>
        <translation>{total} GBのGPUに収まり、{spare} GBの余裕あり、{speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="224"/>
        <source>{layers} of {total} layers on your GPU, the rest in RAM, {speed}</source>
        <translation>{total}レイヤー中{layers}レイヤーをGPU、残りをRAMに配置、{speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="227"/>
        <source>runs on your CPU with {spare} GB of RAM to spare, {speed}</source>
        <translation>CPUで実行、RAMに{spare} GBの余裕あり、{speed}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="230"/>
        <source>Recommended: {reason}</source>
        <translation>おすすめ: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>Shared memory</source>
        <translation>共有メモリ</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="235"/>
        <source>GPU memory</source>
        <translation>GPUメモリ</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="237"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="241"/>
        <source>Runs on GPU</source>
        <translation>GPUで実行</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="242"/>
        <source>Partly on GPU</source>
        <translation>一部をGPUで実行</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="243"/>
        <source>Runs on CPU</source>
        <translation>CPUで実行</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/discover.py" line="244"/>
        <source>Too large</source>
        <translation>サイズ超過</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="137"/>
        <source>No models installed yet.</source>
        <translation>インストール済みのモデルはまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="206"/>
        <source>Loading {model}…</source>
        <translation>{model}を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="212"/>
        <source>{model} — ready (loaded in {seconds:.1f} s)</source>
        <translation>{model} — 準備完了（読み込み時間 {seconds:.1f}秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="221"/>
        <source>serving other apps at {url}/v1</source>
        <translation>{url}/v1で他のアプリに提供中</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="230"/>
        <source>{model} — not loaded</source>
        <translation>{model} — 未読み込み</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_loader.py" line="237"/>
        <source>{model} was unloaded to free memory; it loads again when you send.</source>
        <translation>メモリを解放するため、{model}をアンロードしました。メッセージを送信すると再び読み込まれます。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="20"/>
        <source>The model you are chatting with (Ctrl+M)</source>
        <translation>チャットに使用中のモデル（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="33"/>
        <source>Comes with Hearth</source>
        <translation>Hearthに付属</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="37"/>
        <source>{model}  —  your file</source>
        <translation>{model}  —  追加したファイル</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/model_picker.py" line="39"/>
        <source>{model}  —  from {app}</source>
        <translation>{model}  —  {app}から</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="98"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="103"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="104"/>
        <source>The model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="105"/>
        <source>Other apps</source>
        <translation>他のアプリ</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="106"/>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="124"/>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="130"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="132"/>
        <source>Hearth shows the new language when it starts again.</source>
        <translation>新しい言語は Hearth を次に起動したときに反映されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="144"/>
        <source>Automatic ({count})</source>
        <translation>自動（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="147"/>
        <source>CPU threads:</source>
        <translation>CPUスレッド数:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="150"/>
        <source>Automatic uses one thread per physical core. On some small machines fewer threads are faster: try it and watch the tokens/s in the status bar.</source>
        <translation>自動では物理コアごとに1スレッドを使用します。小型のマシンでは、スレッド数を減らしたほうが速い場合があります。実際に試して、ステータスバーのトークン/秒を確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="158"/>
        <source>Automatic (what fits)</source>
        <translation>自動（収まる範囲）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="160"/>
        <source> tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="162"/>
        <source>Context length:</source>
        <translation>コンテキスト長:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="166"/>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="167"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="169"/>
        <source>Unload the model when idle for:</source>
        <translation>アイドル時にモデルをアンロード:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="172"/>
        <source>Let other apps on this computer use the model</source>
        <translation>このコンピューター上の他のアプリにモデルの使用を許可する</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="176"/>
        <source>An OpenAI-compatible API at http://127.0.0.1:PORT/v1, reachable only from this computer.</source>
        <translation>http://127.0.0.1:PORT/v1 で提供されるOpenAI互換API。このコンピューターからのみアクセスできます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="184"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="186"/>
        <source>apps must send this key (kept in the keyring)</source>
        <translation>アプリはこのキーを送信する必要があります（キーリングに保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="188"/>
        <source>API key:</source>
        <translation>APIキー:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="197"/>
        <source>Where models are downloaded from. Set a mirror where huggingface.co is slow or blocked.</source>
        <translation>モデルのダウンロード元です。huggingface.coへの接続が遅い、またはブロックされている場合はミラーを設定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="201"/>
        <source>Hugging Face address:</source>
        <translation>Hugging Faceのアドレス:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="204"/>
        <source>for gated models (optional)</source>
        <translation>アクセス制限付きモデル用（省略可）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="205"/>
        <source>Kept in the system keyring, never in Hearth&apos;s files.</source>
        <translation>システムのキーリングに保存され、Hearthのファイルには保存されません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="206"/>
        <source>Hugging Face token:</source>
        <translation>Hugging Faceトークン:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="207"/>
        <source>Also send my token to this mirror</source>
        <translation>このミラーにもトークンを送信する</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="209"/>
        <source>Off: the token goes to huggingface.co only, never to another address.</source>
        <translation>オフの場合、トークンはhuggingface.coにのみ送信され、他のアドレスには送信されません。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="213"/>
        <source>Use models other apps keep on this computer</source>
        <translation>このコンピューター上の他のアプリのモデルを使用する</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="215"/>
        <source>LM Studio, GPT4All, Jan, Ollama and the Hugging Face cache; used in place.</source>
        <translation>LM Studio、GPT4All、Jan、OllamaおよびHugging Faceのキャッシュ。コピーせず元の場所のまま使用します。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/settings_dialog.py" line="231"/>
        <source>saved in your system&apos;s keyring</source>
        <translation>システムのキーリングに保存済み</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="60"/>
        <source>Show earlier messages</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="65"/>
        <source>Type a message below to start a chat.
Everything stays on this computer.</source>
        <translation>チャットを始めるには、下にメッセージを入力してください。
内容はすべてこのコンピューター内にとどまります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="88"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="104"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="105"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>1 token</source>
        <translation>1トークン</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/transcript.py" line="128"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%nトークン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="130"/>
        <source>{speed:.1f} tokens/s</source>
        <translation>{speed:.1f}トークン/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="132"/>
        <source>first token {ms:.0f} ms</source>
        <translation>最初のトークンまで {ms:.0f} ms</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="134"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="136"/>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/transcript.py" line="138"/>
        <source>cut at its length limit</source>
        <translation>長さの上限で打ち切り</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="69"/>
        <source>Runs fully on your GPU — about {rate} tokens/s</source>
        <translation>すべてGPUで実行 — 約{rate}トークン/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="73"/>
        <source>Partial GPU offload ({layers} of {total} layers) — about {rate} tokens/s</source>
        <translation>一部をGPUにオフロード（{total}レイヤー中{layers}レイヤー） — 約{rate}トークン/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="77"/>
        <source>Runs on CPU — about {rate} tokens/s</source>
        <translation>CPUで実行 — 約{rate}トークン/秒</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/messages.py" line="79"/>
        <source>Too large — needs {need} GB, you have {have} GB</source>
        <translation>サイズ超過 — {need} GB必要（搭載 {have} GB）</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="86"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="102"/>
        <source>Welcome to Hearth</source>
        <translation>Hearthへようこそ</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="110"/>
        <source>Hearth runs AI chat models on this computer. What you write stays here, and a model on this computer works without the internet.</source>
        <translation>HearthはAIチャットモデルをこのコンピューター上で実行します。入力した内容が外部に送られることはなく、インターネットに接続していなくてもモデルを使用できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="119"/>
        <source>What Hearth found on this computer</source>
        <translation>このコンピューターの検出結果</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="126"/>
        <source>Looking at this computer…</source>
        <translation>このコンピューターを調べています…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="133"/>
        <source>Hearth also found a model already on this computer; you can choose it from the Model list.</source>
        <translation>このコンピューターにある既存のモデルも1個見つかりました。「モデル」の一覧から選択できます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="138"/>
        <source>Hearth also found %n models already on this computer; you can choose them from the Model list.</source>
        <translation>
            <numerusform>このコンピューターにある既存のモデルも%n個見つかりました。「モデル」の一覧から選択できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="151"/>
        <source>Recommended first model</source>
        <translation>おすすめの最初のモデル</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="153"/>
        <source>Working out which model suits it…</source>
        <translation>このコンピューターに合うモデルを選んでいます…</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="160"/>
        <source>Discover models, at the top of the window, lists more and says how each runs here.</source>
        <translation>ウィンドウ上部の「モデルを探す」では、ほかのモデルと、それぞれがこのコンピューターでどのように動作するかを確認できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="182"/>
        <source>Start chatting now with the small built-in model</source>
        <translation>小さな内蔵モデルで今すぐチャットを始める</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="185"/>
        <source>{name} is ready now and works without the internet. It is small and simple: fine for trying Hearth, but do not rely on its answers.</source>
        <translation>{name}はすぐに使え、インターネットなしで動作します。小さくシンプルなモデルなので、Hearthを試すには十分ですが、回答の内容をうのみにしないでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="193"/>
        <source>Start chatting now with {name}</source>
        <translation>{name}で今すぐチャットを始める</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="195"/>
        <location filename="../../desktop/hearth/ui/welcome.py" line="300"/>
        <source>It is already on this computer.</source>
        <translation>このコンピューターにすでにあります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="197"/>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="199"/>
        <source>You can get a model later from Discover models.</source>
        <translation>モデルは後で「モデルを探す」から入手できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="221"/>
        <source>Hearth could not finish looking at this computer: {error}</source>
        <translation>このコンピューターの調査を完了できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="227"/>
        <source>Without that, Hearth cannot recommend a model yet. You can start with the built-in model now and look for others later under Discover models.</source>
        <translation>そのため、現時点ではおすすめのモデルを提示できません。今すぐ内蔵モデルで始めて、後で「モデルを探す」からほかのモデルを探すことができます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="235"/>
        <source>Unknown processor</source>
        <translation>不明なプロセッサー</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="237"/>
        <source>{name}, one core</source>
        <translation>{name}、1コア</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="239"/>
        <source>{name}, %n cores</source>
        <translation>
            <numerusform>{name}、%nコア</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="240"/>
        <source>Processor:</source>
        <translation>プロセッサー:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="242"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="244"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="246"/>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="250"/>
        <source>None that Hearth can use; models run on the processor.</source>
        <translation>Hearthで使用できるものはありません。モデルはプロセッサーで実行されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="252"/>
        <source>{gpus} (Hearth runs models on the processor here)</source>
        <translation>{gpus}（このコンピューターではモデルをプロセッサーで実行します）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="257"/>
        <source>Graphics:</source>
        <translation>グラフィックス:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="266"/>
        <source>{name}, sharing the main memory</source>
        <translation>{name}、メインメモリを共有</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="268"/>
        <source>{name}, built in</source>
        <translation>{name}、内蔵</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="269"/>
        <source>{name} with {size} GB of its own memory</source>
        <translation>{name}、専用メモリ {size} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="278"/>
        <source>This computer has little memory or speed to spare for chat models, so the built-in model is the best fit for it. It is small, but it works, even without the internet.</source>
        <translation>このコンピューターはチャットモデルに割けるメモリや処理能力に余裕が少ないため、内蔵モデルが最適です。小さなモデルですが、インターネットなしでも動作します。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="286"/>
        <source>Download:</source>
        <translation>ダウンロード:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="289"/>
        <source>Estimated {rate} tokens per second (a token is a word or part of one)</source>
        <translation>推定{rate}トークン/秒（トークンは単語または単語の一部です）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="293"/>
        <source>Speed here:</source>
        <translation>このコンピューターでの速度:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="294"/>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="298"/>
        <source>Start chatting with {name}</source>
        <translation>{name}でチャットを始める</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="305"/>
        <source>Download {name} ({size})</source>
        <translation>{name}をダウンロード（{size}）</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="311"/>
        <source>It is ready to chat when the download finishes. Meanwhile you can already chat with the built-in model.</source>
        <translation>ダウンロードが完了するとチャットできるようになります。それまでの間も、内蔵モデルでチャットできます。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="320"/>
        <source>about one word per second</source>
        <translation>1秒あたり約1語</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/hearth/ui/welcome.py" line="322"/>
        <source>about %n words per second</source>
        <translation>
            <numerusform>1秒あたり約%n語</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="324"/>
        <source>faster than you can read</source>
        <translation>読むより速い</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="326"/>
        <source>about as fast as you read</source>
        <translation>読む速さと同程度</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="328"/>
        <source>slower than you read, so long answers take a while</source>
        <translation>読むより遅いため、長い回答には時間がかかります</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="329"/>
        <source>{rate}, {pace}</source>
        <translation>{rate}、{pace}</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="336"/>
        <source>It fits in this computer&apos;s shared memory, with {spare} GB to spare.</source>
        <translation>このコンピューターの共有メモリに収まり、{spare} GBの余裕があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="339"/>
        <source>It fits on your graphics card, with {spare} GB to spare.</source>
        <translation>グラフィックスカードに収まり、{spare} GBの余裕があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="342"/>
        <source>Most of it runs on your graphics card, the rest on the processor.</source>
        <translation>大部分をグラフィックスカードで、残りをプロセッサーで実行します。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="346"/>
        <source>It runs on the processor and leaves {spare} GB of memory for other programs.</source>
        <translation>プロセッサーで実行され、他のプログラム用に{spare} GBのメモリが残ります。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="351"/>
        <source>Of the models that answer quickly here, it is the best for everyday chat.</source>
        <translation>このコンピューターで素早く応答するモデルの中で、日常的なチャットに最適です。</translation>
    </message>
    <message>
        <location filename="../../desktop/hearth/ui/welcome.py" line="354"/>
        <source>Of the models that run here, it is the best for everyday chat.</source>
        <translation>このコンピューターで動作するモデルの中で、日常的なチャットに最適です。</translation>
    </message>
</context>
</TS>
