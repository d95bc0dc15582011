<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AttendsToChart</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+334" />
            <source>weight</source>
            <translation>weight</translation>
        </message>
        <message>
            <location line="+18" />
            <source>keys seen by {token} (token {query})</source>
            <translation>keys seen by {token} (token {query})</translation>
        </message>
    </context>
    <context>
        <name>AttentionCharts</name>
        <message>
            <location line="-308" />
            <source>Capture a prompt to see which tokens each token attends to</source>
            <translation>Capture a prompt to see which tokens each token attends to</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Capture a prompt to see every layer and head at once</source>
            <translation>Capture a prompt to see every layer and head at once</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entropy of each head's attention appears here</source>
            <translation>Entropy of each head's attention appears here</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Click a row of the map (or a token in the text) to see what it attends to</source>
            <translation>Click a row of the map (or a token in the text) to see what it attends to</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Prompts from the chat or the prompt lab are split into sections</source>
            <translation>Prompts from the chat or the prompt lab are split into sections</translation>
        </message>
    </context>
    <context>
        <name>AttentionExport</name>
        <message>
            <location filename="../../gui/attention/export.py" line="+19" />
            <source>Map as PNG…</source>
            <translation>Map as PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map as SVG…</source>
            <translation>Map as SVG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This matrix as CSV…</source>
            <translation>This matrix as CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every layer and head as NPZ…</source>
            <translation>Every layer and head as NPZ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every layer and head as JSON…</source>
            <translation>Every layer and head as JSON…</translation>
        </message>
    </context>
    <context>
        <name>AttentionHeatmap</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+89" />
            <source>query (the token that looks)</source>
            <translation>query (the token that looks)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>key (the token looked at)</source>
            <translation>key (the token looked at)</translation>
        </message>
    </context>
    <context>
        <name>AttentionLayout</name>
        <message>
            <location filename="../../gui/attention/layout.py" line="+42" />
            <source>Run the prompt through the model and read every attention map (Ctrl+Return)</source>
            <translation>Run the prompt through the model and read every attention map (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>How much each part of the prompt attends to each other part. Every token is in one part, so each row adds up to 100 %: text the chat template adds (its role markers, and any default system prompt it inserts) is “template”, text outside the named parts (such as ### between examples) is “other text”, and tokens generated after the prompt are “generated”. Hover a cell to read a part's text.</source>
            <translation>How much each part of the prompt attends to each other part. Every token is in one part, so each row adds up to 100 %: text the chat template adds (its role markers, and any default system prompt it inserts) is “template”, text outside the named parts (such as ### between examples) is “other text”, and tokens generated after the prompt are “generated”. Hover a cell to read a part's text.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Why is the upper triangle empty?&lt;/b&gt; A language model reads left to right. When it computes token &lt;i&gt;q&lt;/i&gt;, the &lt;i&gt;causal mask&lt;/i&gt; sets the scores of every later key (&lt;i&gt;k&lt;/i&gt; &amp;gt; &lt;i&gt;q&lt;/i&gt;) to −∞ before the softmax, so their weights are exactly 0: a token can only look back. Each row is a softmax, so the weights a token gives to the keys it can see sum to 1.&lt;br&gt;&lt;br&gt;&lt;b&gt;Reading a row:&lt;/b&gt; bright cells are the tokens this token draws information from in this layer and head. Many heads put much of their weight on the first token, an &lt;i&gt;attention sink&lt;/i&gt; that works as a resting place; tick &lt;i&gt;Ignore the first token&lt;/i&gt; to stretch the colours over the rest.</source>
            <translation>&lt;b&gt;Why is the upper triangle empty?&lt;/b&gt; A language model reads left to right. When it computes token &lt;i&gt;q&lt;/i&gt;, the &lt;i&gt;causal mask&lt;/i&gt; sets the scores of every later key (&lt;i&gt;k&lt;/i&gt; &amp;gt; &lt;i&gt;q&lt;/i&gt;) to −∞ before the softmax, so their weights are exactly 0: a token can only look back. Each row is a softmax, so the weights a token gives to the keys it can see sum to 1.&lt;br&gt;&lt;br&gt;&lt;b&gt;Reading a row:&lt;/b&gt; bright cells are the tokens this token draws information from in this layer and head. Many heads put much of their weight on the first token, an &lt;i&gt;attention sink&lt;/i&gt; that works as a resting place; tick &lt;i&gt;Ignore the first token&lt;/i&gt; to stretch the colours over the rest.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Type a prompt, then Capture (Ctrl+Return)</source>
            <translation>Type a prompt, then Capture (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The text whose attention is captured: every token, every layer, every head</source>
            <translation>The text whose attention is captured: every token, every layer, every head</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Capture</source>
            <translation>Capture</translation>
        </message>
        <message>
            <location line="+5" />
            <source>then generate</source>
            <translation>then generate</translation>
        </message>
        <message>
            <location line="+3" />
            <source> tokens</source>
            <translation> tokens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also generate this many tokens greedily and capture the attention of each new token</source>
            <translation>Also generate this many tokens greedily and capture the attention of each new token</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the capture (Esc)</source>
            <translation>Stop the capture (Esc)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Layer 0 reads the token embeddings; later layers read what earlier ones wrote</source>
            <translation>Layer 0 reads the token embeddings; later layers read what earlier ones wrote</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Head</source>
            <translation>Head</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Each head computes its own attention pattern; the mean shows what the layer does overall</source>
            <translation>Each head computes its own attention pattern; the mean shows what the layer does overall</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ignore the first token when scaling colours</source>
            <translation>Ignore the first token when scaling colours</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Many heads park most of their weight on the first token (an attention sink). Scaling the colours to the largest weight elsewhere makes the rest of the pattern visible.</source>
            <translation>Many heads park most of their weight on the first token (an attention sink). Scaling the colours to the largest weight elsewhere makes the rest of the pattern visible.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save what is shown</source>
            <translation>Save what is shown</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inside ▸</source>
            <translation>Inside ▸</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Look inside the model on this prompt: each layer's guess at the next token (logit lens) and which words pushed it (attribution)</source>
            <translation>Look inside the model on this prompt: each layer's guess at the next token (logit lens) and which words pushed it (attribution)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All layers × heads</source>
            <translation>All layers × heads</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A thumbnail of every head in every layer; click one to open it</source>
            <translation>A thumbnail of every head in every layer; click one to open it</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click a token to see what it attends to; shading shows its weights</source>
            <translation>Click a token to see what it attends to; shading shows its weights</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Token list</source>
            <translation>Token list</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every token in full, with its position and weight; type to find one</source>
            <translation>Every token in full, with its position and weight; type to find one</translation>
        </message>
    </context>
    <context>
        <name>AttentionPanel</name>
        <message>
            <location filename="../../gui/attention/panel.py" line="+85" />
            <source>Load a model first</source>
            <translation>Load a model first</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Load a model to capture attention</source>
            <translation>Load a model to capture attention</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type a prompt to capture</source>
            <translation>Type a prompt to capture</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a prompt to look inside</source>
            <translation>Type a prompt to look inside</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Starting the capture…</source>
            <translation>Starting the capture…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Capture cancelled</source>
            <translation>Capture cancelled</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capture failed: {error}</source>
            <translation>Capture failed: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The last map came from {old}; {new} is loaded now.</source>
            <translation>The last map came from {old}; {new} is loaded now.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The last map came from {old}; no model is loaded now.</source>
            <translation>The last map came from {old}; no model is loaded now.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That capture came from {model}, which is no longer loaded; capture again</source>
            <translation>That capture came from {model}, which is no longer loaded; capture again</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Mean of all heads</source>
            <translation>Mean of all heads</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Head {head}  ·  shares KV head {kv_head}</source>
            <translation>Head {head}  ·  shares KV head {kv_head}</translation>
        </message>
        <message>
            <location line="+134" />
            <source>Capture a prompt first</source>
            <translation>Capture a prompt first</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export attention</source>
            <translation>Export attention</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved {name}</source>
            <translation>Saved {name}</translation>
        </message>
    </context>
    <context>
        <name>AttentionTexts</name>
        <message>
            <location filename="../../gui/attention/texts.py" line="+20" />
            <source>Hover over the map for exact weights; click a row to follow one token.</source>
            <translation>Hover over the map for exact weights; click a row to follow one token.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>no model</source>
            <translation>no model</translation>
        </message>
        <message>
            <location line="+31" />
            <source>&lt;p&gt;Load a model, then capture a prompt to see its attention.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Load a model, then capture a prompt to see its attention.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;p&gt;Capture a prompt to see its tokens here.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Capture a prompt to see its tokens here.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} prompt, {generated} generated, in italics) · {layers} layers × {heads} heads</source>
            <translation>From &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} prompt, {generated} generated, in italics) · {layers} layers × {heads} heads</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} prompt) · {layers} layers × {heads} heads</source>
            <translation>From &lt;b&gt;{model}&lt;/b&gt;: &lt;b&gt;{tokens}&lt;/b&gt; tokens ({prompt} prompt) · {layers} layers × {heads} heads</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No model loaded.</source>
            <translation>No model loaded.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type a prompt and press &lt;b&gt;Capture&lt;/b&gt; (Ctrl+Return) to read its attention out of llama.cpp.</source>
            <translation>Type a prompt and press &lt;b&gt;Capture&lt;/b&gt; (Ctrl+Return) to read its attention out of llama.cpp.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>grouped-query attention: {query_heads} query heads share {kv_heads} key/value heads ({group} each), so heads in a group read the same keys through different queries</source>
            <translation>grouped-query attention: {query_heads} query heads share {kv_heads} key/value heads ({group} each), so heads in a group read the same keys through different queries</translation>
        </message>
        <message>
            <location line="+8" />
            <source>layer {layer} is &lt;b&gt;sliding-window&lt;/b&gt;: sliding-window layers see only the last {window} tokens (keys further back are masked and drawn empty)</source>
            <translation>layer {layer} is &lt;b&gt;sliding-window&lt;/b&gt;: sliding-window layers see only the last {window} tokens (keys further back are masked and drawn empty)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>layer {layer} is &lt;b&gt;global&lt;/b&gt;: sliding-window layers see only the last {window} tokens (keys further back are masked and drawn empty)</source>
            <translation>layer {layer} is &lt;b&gt;global&lt;/b&gt;: sliding-window layers see only the last {window} tokens (keys further back are masked and drawn empty)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>query '{query}' ({row}) → key '{key}' ({column})</source>
            <translation>query '{query}' ({row}) → key '{key}' ({column})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{pair}: masked, a later token</source>
            <translation>{pair}: masked, a later token</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{pair}: masked, outside the sliding window</source>
            <translation>{pair}: masked, outside the sliding window</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{pair}: weight {weight}</source>
            <translation>{pair}: weight {weight}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>layer {layer}, head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>layer {layer}, head {head}: mean entropy {entropy} bits · click to open it</translation>
        </message>
        <message>
            <location line="+4" />
            <source>layer {layer} (sliding window), head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>layer {layer} (sliding window), head {head}: mean entropy {entropy} bits · click to open it</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer {layer} (global), head {head}: mean entropy {entropy} bits · click to open it</source>
            <translation>layer {layer} (global), head {head}: mean entropy {entropy} bits · click to open it</translation>
        </message>
        <message>
            <location line="+14" />
            <source>tokens of {source} put {share} of their weight on {target} · {target} is “{preview}”</source>
            <translation>tokens of {source} put {share} of their weight on {target} · {target} is “{preview}”</translation>
        </message>
    </context>
    <context>
        <name>ChainControls</name>
        <message>
            <location filename="../../gui/sampling/chain.py" line="+27" />
            <source>temperature</source>
            <translation>temperature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-k</source>
            <translation>top-k</translation>
        </message>
        <message>
            <location line="+1" />
            <source>typical-p</source>
            <translation>typical-p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-p</source>
            <translation>top-p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>min-p</source>
            <translation>min-p</translation>
        </message>
        <message>
            <location line="+32" />
            <source>llama.cpp's default, as in the chat</source>
            <translation>llama.cpp's default, as in the chat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>temperature first</source>
            <translation>temperature first</translation>
        </message>
        <message>
            <location line="+2" />
            <source>your own order</source>
            <translation>your own order</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order: {stages} ({name})</source>
            <translation>Order: {stages} ({name})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>0 (greedy)</source>
            <translation>0 (greedy)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>temperature {value}</source>
            <translation>temperature {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top-k {value}</source>
            <translation>top-k {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top-k off</source>
            <translation>top-k off</translation>
        </message>
        <message>
            <location line="+4" />
            <source>top-p {value}</source>
            <translation>top-p {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top-p off</source>
            <translation>top-p off</translation>
        </message>
        <message>
            <location line="+4" />
            <source>min-p {value}</source>
            <translation>min-p {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>min-p off</source>
            <translation>min-p off</translation>
        </message>
        <message>
            <location line="+4" />
            <source>typical-p {value}</source>
            <translation>typical-p {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>typical-p off</source>
            <translation>typical-p off</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the other stages off</source>
            <translation>the other stages off</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sampling chain</source>
            <translation>Sampling chain</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Divides the logits: &lt; 1 sharpens, &gt; 1 flattens, 0 = greedy</source>
            <translation>Divides the logits: &lt; 1 sharpens, &gt; 1 flattens, 0 = greedy</translation>
        </message>
        <message>
            <location line="+4" />
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the k most probable tokens (0 = off)</source>
            <translation>Keep the k most probable tokens (0 = off)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep tokens until their cumulative probability reaches p</source>
            <translation>Keep tokens until their cumulative probability reaches p</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drop tokens below min-p × the top token's probability</source>
            <translation>Drop tokens below min-p × the top token's probability</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locally typical sampling (1 = off)</source>
            <translation>Locally typical sampling (1 = off)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Temperature</source>
            <translation>Temperature</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Drag to reorder the chain; it runs top to bottom</source>
            <translation>Drag to reorder the chain; it runs top to bottom</translation>
        </message>
        <message>
            <location line="+5" />
            <source>llama.cpp order</source>
            <translation>llama.cpp order</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-k → typical → top-p → min-p → temperature (temperature last)</source>
            <translation>top-k → typical → top-p → min-p → temperature (temperature last)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Temperature first</source>
            <translation>Temperature first</translation>
        </message>
        <message>
            <location line="+1" />
            <source>temperature → top-k → top-p → … (as many lectures present it)</source>
            <translation>temperature → top-k → top-p → … (as many lectures present it)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
    </context>
    <context>
        <name>ChatActions</name>
        <message>
            <location filename="../../gui/chat/actions.py" line="+29" />
            <source>&lt;b&gt;Editing a message.&lt;/b&gt; Sending keeps the original as another version (switch with ‹ ›). Esc cancels.</source>
            <translation>&lt;b&gt;Editing a message.&lt;/b&gt; Sending keeps the original as another version (switch with ‹ ›). Esc cancels.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Reply copied</source>
            <translation>Reply copied</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Step {step} · entropy {entropy} bits</source>
            <translation>Step {step} · entropy {entropy} bits</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The token the reply took</source>
            <translation>The token the reply took</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Continue the reply from this token instead (a new branch)</source>
            <translation>Continue the reply from this token instead (a new branch)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open this step in the sampling explorer</source>
            <translation>Open this step in the sampling explorer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the attention up to this token</source>
            <translation>Show the attention up to this token</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Capture every layer's attention over the conversation and the reply so far</source>
            <translation>Capture every layer's attention over the conversation and the reply so far</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Why this token?</source>
            <translation>Why this token?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the Inside view: each layer's guess at this step, and which words pushed this token</source>
            <translation>Open the Inside view: each layer's guess at this step, and which words pushed this token</translation>
        </message>
        <message>
            <location line="+12" />
            <source>(removed by {stage})</source>
            <translation>(removed by {stage})</translation>
        </message>
    </context>
    <context>
        <name>ChatConversations</name>
        <message>
            <location filename="../../gui/chat/conversations.py" line="+37" />
            <location line="+34" />
            <source>New chat</source>
            <translation>New chat</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Start a new conversation (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search chats</source>
            <translation>Search chats</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Right-click a chat to rename, export or delete it</source>
            <translation>Right-click a chat to rename, export or delete it</translation>
        </message>
        <message>
            <location line="+14" />
            <source>updated {time}</source>
            <translation>updated {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recovered chat</source>
            <translation>Recovered chat</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Stop the reply before deleting this chat.</source>
            <translation>Stop the reply before deleting this chat.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete chat</source>
            <translation>Delete chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “{title}” and all its branches?</source>
            <translation>Delete “{title}” and all its branches?</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export Markdown…</source>
            <translation>Export Markdown…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export JSON…</source>
            <translation>Export JSON…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rename chat</source>
            <translation>Rename chat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing to export yet.</source>
            <translation>Nothing to export yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export chat</source>
            <translation>Export chat</translation>
        </message>
    </context>
    <context>
        <name>ChatPanel</name>
        <message>
            <location filename="../../gui/chat/panel.py" line="+89" />
            <source>Inspect tokens</source>
            <translation>Inspect tokens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Colour every reply token by the probability the model gave it. Hover a token to see the alternatives; click it to continue the reply from another one. (Ctrl+I)</source>
            <translation>Colour every reply token by the probability the model gave it. Hover a token to see the alternatives; click it to continue the reply from another one. (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Markdown…</source>
            <translation>Markdown…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON (with token records)…</source>
            <translation>JSON (with token records)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Message the model — Enter to send, Shift+Enter for a new line</source>
            <translation>Message the model — Enter to send, Shift+Enter for a new line</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send (Enter or Ctrl+Return)</source>
            <translation>Send (Enter or Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the reply (Esc)</source>
            <translation>Stop the reply (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ChatPanelBase</name>
        <message>
            <location filename="../../gui/chat/base.py" line="+20" />
            <source>Ask anything. Every token of the reply can be inspected: switch on “Inspect tokens”.</source>
            <translation>Ask anything. Every token of the reply can be inspected: switch on “Inspect tokens”.</translation>
        </message>
    </context>
    <context>
        <name>ChatReplies</name>
        <message>
            <location filename="../../gui/chat/replies.py" line="+41" />
            <source>Load a model first: the model bar at the top, or the Model tab.</source>
            <translation>Load a model first: the model bar at the top, or the Model tab.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message numerus="yes">
            <location line="+38" />
            <source>Reading %n prompt token(s)…</source>
            <translation>
                <numerusform>Reading %n prompt token…</numerusform>
                <numerusform>Reading %n prompt tokens…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Writing the reply… (Esc or Stop ends it)</source>
            <translation>Writing the reply… (Esc or Stop ends it)</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Reply done: %n token(s), {rate} tokens/s ({reason})</source>
            <translation>
                <numerusform>Reply done: %n token, {rate} tokens/s ({reason})</numerusform>
                <numerusform>Reply done: %n tokens, {rate} tokens/s ({reason})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>The reply failed: {error}</source>
            <translation>The reply failed: {error}</translation>
        </message>
    </context>
    <context>
        <name>ClassroomPanel</name>
        <message>
            <location filename="../../gui/classroom/panel.py" line="+36" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampling explorer</source>
            <translation>Sampling explorer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention</source>
            <translation>Attention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embeddings</source>
            <translation>Embeddings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt lab</source>
            <translation>Prompt lab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside</source>
            <translation>Inside</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Choose a lesson; each step opens a view with its example</source>
            <translation>Choose a lesson; each step opens a view with its example</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Load the model this lesson's numbers were measured on</source>
            <translation>Load the model this lesson's numbers were measured on</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open the step's example again in its view</source>
            <translation>Open the step's example again in its view</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location line="+7" />
            <source>◂ Back</source>
            <translation>◂ Back</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next ▸</source>
            <translation>Next ▸</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Choose an answer first.</source>
            <translation>Choose an answer first.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Right.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Right.&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Not quite.&lt;/b&gt; The answer: {answer}</source>
            <translation>&lt;b&gt;Not quite.&lt;/b&gt; The answer: {answer}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Written for &lt;b&gt;{model}&lt;/b&gt;; another model is loaded, so its numbers differ.</source>
            <translation>Written for &lt;b&gt;{model}&lt;/b&gt;; another model is loaded, so its numbers differ.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Load {model}</source>
            <translation>Load {model}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Written for &lt;b&gt;{model}&lt;/b&gt; (loaded).</source>
            <translation>Written for &lt;b&gt;{model}&lt;/b&gt; (loaded).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;A lesson could not be read&lt;/b&gt;: {error}</source>
            <translation>&lt;b&gt;A lesson could not be read&lt;/b&gt;: {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Classroom&lt;/b&gt; — choose a lesson on the left.</source>
            <translation>&lt;b&gt;Classroom&lt;/b&gt; — choose a lesson on the left.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>↗ {view}</source>
            <translation>↗ {view}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step {index} of {count}</source>
            <translation>Step {index} of {count}</translation>
        </message>
    </context>
    <context>
        <name>ConfusionHeatmap</name>
        <message>
            <location filename="../../gui/promptlab/charts.py" line="+202" />
            <source>No confusion matrix yet</source>
            <translation>No confusion matrix yet</translation>
        </message>
        <message>
            <location line="+10" />
            <source>count</source>
            <translation>count</translation>
        </message>
        <message>
            <location line="+3" />
            <source>true</source>
            <translation>true</translation>
        </message>
        <message>
            <location line="+1" />
            <source>predicted</source>
            <translation>predicted</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../gui/remote/dialog.py" line="+37" />
            <source>Connect to a server</source>
            <translation>Connect to a server</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. LLAMA_API_KEY (optional)</source>
            <translation>e.g. LLAMA_API_KEY (optional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The name of an environment variable that holds the key, or keyring:NAME for a key in the system keyring</source>
            <translation>The name of an environment variable that holds the key, or keyring:NAME for a key in the system keyring</translation>
        </message>
        <message>
            <location line="+6" />
            <source>or type the key once: the system keyring keeps it</source>
            <translation>or type the key once: the system keyring keeps it</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stored in the system keyring under this server's address; Lanterna's settings keep only its name</source>
            <translation>Stored in the system keyring under this server's address; Lanterna's settings keep only its name</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Press Test to see what the server can show.</source>
            <translation>Press Test to see what the server can show.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API key variable</source>
            <translation>API key variable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API key</source>
            <translation>API key</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Asking the server…</source>
            <translation>Asking the server…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Could not use the server: {error}</source>
            <translation>Could not use the server: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Model: {model} ({api} API)</source>
            <translation>Model: {model} ({api} API)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat with alternatives: {0}</source>
            <translation>Chat with alternatives: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next-token probe: {0} (the top {1} only; the rest is shown as unknown tail mass)</source>
            <translation>Next-token probe: {0} (the top {1} only; the rest is shown as unknown tail mass)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Probabilities after the sampling chain: {0}</source>
            <translation>Probabilities after the sampling chain: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt scoring: {0}</source>
            <translation>Prompt scoring: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tokenization: {0}</source>
            <translation>Tokenization: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Branch a reply from an alternative: {0}</source>
            <translation>Branch a reply from an alternative: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention, hidden states, embeddings and the logit lens need a local model.</source>
            <translation>Attention, hidden states, embeddings and the logit lens need a local model.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not keep the key: {error}</source>
            <translation>Could not keep the key: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the server's address first.</source>
            <translation>Give the server's address first.</translation>
        </message>
    </context>
    <context>
        <name>ContextView</name>
        <message>
            <location filename="../../gui/embeddings/context_view.py" line="+27" />
            <source>At the input (&lt;i&gt;emb&lt;/i&gt;) the word is the same vector in every sentence. Each layer mixes in the words around it, so the two vectors drift apart: the lower the cosine, the more the context changed what the model holds for the word.</source>
            <translation>At the input (&lt;i&gt;emb&lt;/i&gt;) the word is the same vector in every sentence. Each layer mixes in the words around it, so the two vectors drift apart: the lower the cosine, the more the context changed what the model holds for the word.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The word to follow; it must appear in every sentence</source>
            <translation>The word to follow; it must appear in every sentence</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Two or more sentences that use the word, one per line</source>
            <translation>Two or more sentences that use the word, one per line</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the word's hidden state at every layer in each sentence</source>
            <translation>Read the word's hidden state at every layer in each sentence</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>PCA of the word's vectors at every layer (scaled to length 1), one path per sentence; points grow from layer 0 to the last</source>
            <translation>PCA of the word's vectors at every layer (scaled to length 1), one path per sentence; points grow from layer 0 to the last</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Give a word and at least two sentences that use it</source>
            <translation>Give a word and at least two sentences that use it</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;{word}&lt;/b&gt;, sentences 1 and 2: cosine {input} at the input, {first} after layer 0, lowest {lowest} at layer {layer}, {last} after the last (from {model}).</source>
            <translation>&lt;b&gt;{word}&lt;/b&gt;, sentences 1 and 2: cosine {input} at the input, {first} after layer 0, lowest {lowest} at layer {layer}, {last} after the last (from {model}).</translation>
        </message>
    </context>
    <context>
        <name>CumulativeChart</name>
        <message>
            <location filename="../../gui/sampling/cumulative.py" line="+25" />
            <source>Start a prompt or pick a lesson to see where top-p cuts the distribution</source>
            <translation>Start a prompt or pick a lesson to see where top-p cuts the distribution</translation>
        </message>
        <message>
            <location line="+19" />
            <source>cumulative probability (as top-p sees it)</source>
            <translation>cumulative probability (as top-p sees it)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rank before the chain</source>
            <translation>rank before the chain</translation>
        </message>
        <message>
            <location line="+42" />
            <source>kept ({count})</source>
            <translation>kept ({count})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>removed</source>
            <translation>removed</translation>
        </message>
    </context>
    <context>
        <name>CuratedView</name>
        <message>
            <location filename="../../gui/library/curated_view.py" line="+42" />
            <source>Models that speak Portuguese and Spanish</source>
            <translation>Models that speak Portuguese and Spanish</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Small chat models for classes in Portuguese and Spanish (the packaged SmolLM2 speaks English only). One click downloads the model (Q4_K_M) into the Hugging Face cache. Sizes are approximate.</source>
            <translation>Small chat models for classes in Portuguese and Spanish (the packaged SmolLM2 speaks English only). One click downloads the model (Q4_K_M) into the Hugging Face cache. Sizes are approximate.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size (approx.)</source>
            <translation>Size (approx.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+13" />
            <source>≈ {size} GB</source>
            <translation>≈ {size} GB</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Approximate, as the model page rounds it: the exact size shows when the download starts.</source>
            <translation>Approximate, as the model page rounds it: the exact size shows when the download starts.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Read the licence before you use the model beyond the classroom.</source>
            <translation>Read the licence before you use the model beyond the classroom.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Downloading…</source>
            <translation>Downloading…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load</source>
            <translation>Load</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Downloaded: {path}</source>
            <translation>Downloaded: {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download {file} from {repo} into the Hugging Face cache.</source>
            <translation>Download {file} from {repo} into the Hugging Face cache.</translation>
        </message>
    </context>
    <context>
        <name>DistributionChart</name>
        <message>
            <location filename="../../gui/sampling/distribution.py" line="+42" />
            <source>Start a prompt or pick a lesson to see the distribution</source>
            <translation>Start a prompt or pick a lesson to see the distribution</translation>
        </message>
        <message>
            <location line="+52" />
            <source>probability</source>
            <translation>probability</translation>
        </message>
        <message>
            <location line="+1" />
            <source>candidate token</source>
            <translation>candidate token</translation>
        </message>
        <message>
            <location line="+267" />
            <source>before chain</source>
            <translation>before chain</translation>
        </message>
        <message>
            <location line="+0" />
            <source>after chain</source>
            <translation>after chain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>as typed (not a distribution: no chain applied)</source>
            <translation>as typed (not a distribution: no chain applied)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sampled</source>
            <translation>sampled</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsCharts</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="+35" />
            <source>Search a word to see it among its neighbours on a 2-D map</source>
            <translation>Search a word to see it among its neighbours on a 2-D map</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add two or more texts and press Compare</source>
            <translation>Add two or more texts and press Compare</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a word and two sentences that use it, then Compare</source>
            <translation>Give a word and two sentences that use it, then Compare</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The word's path through the layers appears here</source>
            <translation>The word's path through the layers appears here</translation>
        </message>
        <message>
            <location line="+14" />
            <source>PC{axis} ({share} % of variance)</source>
            <translation>PC{axis} ({share} % of variance)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>cosine {value}</source>
            <translation>cosine {value}</translation>
        </message>
        <message>
            <location line="+93" />
            <source>query</source>
            <translation>query</translation>
        </message>
        <message>
            <location line="+1" />
            <source>neighbours</source>
            <translation>neighbours</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsExports</name>
        <message>
            <location filename="../../gui/embeddings/exports.py" line="+34" />
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Nothing to export yet</source>
            <translation>Nothing to export yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsPanel</name>
        <message>
            <location filename="../../gui/embeddings/panel.py" line="+36" />
            <source>Each token is a vector: a row of the model's embedding matrix. Two vectors are compared by their &lt;b&gt;cosine similarity&lt;/b&gt; cos(u, v) = u·v / (|u| |v|): near 1 = same direction (similar), 0 = unrelated, −1 = opposite. &lt;b&gt;Cosine distance&lt;/b&gt; = 1 − cos.</source>
            <translation>Each token is a vector: a row of the model's embedding matrix. Two vectors are compared by their &lt;b&gt;cosine similarity&lt;/b&gt; cos(u, v) = u·v / (|u| |v|): near 1 = same direction (similar), 0 = unrelated, −1 = opposite. &lt;b&gt;Cosine distance&lt;/b&gt; = 1 − cos.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>this model</source>
            <translation>this model</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+7" />
            <source>Embeddings</source>
            <translation>Embeddings</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Load a model to explore its embeddings: the nearest neighbours of a word in the model's own embedding matrix, a 2-D map, text similarity, and a word's vector moving with its context.</source>
            <translation>Load a model to explore its embeddings: the nearest neighbours of a word in the model's own embedding matrix, a 2-D map, text similarity, and a word's vector moving with its context.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A model is loading; its embeddings can be explored here as soon as it is ready. Results of the model loaded before are cleared: each result belongs to the model that made it.</source>
            <translation>A model is loading; its embeddings can be explored here as soon as it is ready. Results of the model loaded before are cleared: each result belongs to the model that made it.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Neighbours</source>
            <translation>Neighbours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text similarity</source>
            <translation>Text similarity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word in context</source>
            <translation>Word in context</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tokens nearest to a word in the embedding matrix, and a 2-D map</source>
            <translation>The tokens nearest to a word in the embedding matrix, and a 2-D map</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How similar whole texts are, from the model's hidden states</source>
            <translation>How similar whole texts are, from the model's hidden states</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same word in different sentences, compared layer by layer</source>
            <translation>The same word in different sentences, compared layer by layer</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Here: {vocab} tokens × {width} numbers ({model}).</source>
            <translation>Here: {vocab} tokens × {width} numbers ({model}).</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Embeddings: {message}</source>
            <translation>Embeddings: {message}</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingsRequests</name>
        <message>
            <location filename="../../gui/embeddings/requests.py" line="+27" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the running computation (Esc)</source>
            <translation>Stop the running computation (Esc)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Load a model first</source>
            <translation>Load a model first</translation>
        </message>
    </context>
    <context>
        <name>ExamplesView</name>
        <message>
            <location filename="../../gui/promptlab/examples.py" line="+42" />
            <source>Whose predictions to list</source>
            <translation>Whose predictions to list</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only mistakes</source>
            <translation>Only mistakes</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+136" />
            <source>Open in sampling explorer</source>
            <translation>Open in sampling explorer</translation>
        </message>
        <message>
            <location line="-135" />
            <source>The next-token distribution after this exact prompt</source>
            <translation>The next-token distribution after this exact prompt</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+134" />
            <source>Open in attention</source>
            <translation>Open in attention</translation>
        </message>
        <message>
            <location line="-132" />
            <source>Attention over this prompt, with instructions, shots and query marked</source>
            <translation>Attention over this prompt, with instructions, shots and query marked</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Select an example to see the exact prompt the model saw</source>
            <translation>Select an example to see the exact prompt the model saw</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prediction</source>
            <translation>Prediction</translation>
        </message>
        <message>
            <location line="+21" />
            <source>correct</source>
            <translation>correct</translation>
        </message>
        <message>
            <location line="+2" />
            <source>wrong: the true label is {label}</source>
            <translation>wrong: the true label is {label}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Copy prompt</source>
            <translation>Copy prompt</translation>
        </message>
    </context>
    <context>
        <name>ExplorerExports</name>
        <message>
            <location filename="../../gui/sampling/exports.py" line="+27" />
            <source>The candidates shown, before and after the chain, with how often each was sampled</source>
            <translation>The candidates shown, before and after the chain, with how often each was sampled</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The step with its prompt, model, settings, order and candidates</source>
            <translation>The step with its prompt, model, settings, order and candidates</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The chart with a caption: prompt, model, settings and order, step</source>
            <translation>The chart with a caption: prompt, model, settings and order, step</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The chart with a caption, as a vector drawing</source>
            <translation>The chart with a caption, as a vector drawing</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A synthetic distribution (lesson “{title}”), no model</source>
            <translation>A synthetic distribution (lesson “{title}”), no model</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tokens {tokens}</source>
            <translation>Tokens {tokens}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next-token distribution of {model}</source>
            <translation>Next-token distribution of {model}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prompt “{prompt}”</source>
            <translation>Prompt “{prompt}”</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · step {number}</source>
            <translation> · step {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pale blue bars: before the chain, teal: after it</source>
            <translation>pale blue bars: before the chain, teal: after it</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, yellow: how often each came up in {draws} draws</source>
            <translation>, yellow: how often each came up in {draws} draws</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Entropy before the chain {before} bits, after it {after} bits</source>
            <translation>Entropy before the chain {before} bits, after it {after} bits</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chain: {settings}</source>
            <translation>Chain: {settings}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Nothing to export yet.</source>
            <translation>Nothing to export yet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export step</source>
            <translation>Export step</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The export was not written: {error}</source>
            <translation>The export was not written: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExplorerLessons</name>
        <message>
            <location filename="../../gui/sampling/lessons.py" line="+51" />
            <source>Free exploration (your own prompt)</source>
            <translation>Free exploration (your own prompt)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Built-in lessons: a prompt or a small distribution, with an explanation. A lesson shows its own settings; yours come back when you leave it.</source>
            <translation>Built-in lessons: a prompt or a small distribution, with an explanation. A lesson shows its own settings; yours come back when you leave it.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&lt;b&gt;Lesson&lt;/b&gt;</source>
            <translation>&lt;b&gt;Lesson&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Load the model this lesson was written for</source>
            <translation>Load the model this lesson was written for</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Set {preset} for this lesson</source>
            <translation>Set {preset} for this lesson</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&lt;b&gt;Written for {model}&lt;/b&gt;; {loaded} is loaded: its ranks and probabilities differ from the explanation's.</source>
            <translation>&lt;b&gt;Written for {model}&lt;/b&gt;; {loaded} is loaded: its ranks and probabilities differ from the explanation's.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Switch to {model}</source>
            <translation>Switch to {model}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Loading {model} for the lesson…</source>
            <translation>Loading {model} for the lesson…</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Opening step {number} of the chat reply…</source>
            <translation>Opening step {number} of the chat reply…</translation>
        </message>
    </context>
    <context>
        <name>ExplorerModelChange</name>
        <message>
            <location filename="../../gui/sampling/model_change.py" line="+48" />
            <source>{model} is loaded now: press &lt;b&gt;Start&lt;/b&gt; to ask it</source>
            <translation>{model} is loaded now: press &lt;b&gt;Start&lt;/b&gt; to ask it</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No model is loaded</source>
            <translation>No model is loaded</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The distribution from {model} was cleared. {now}.</source>
            <translation>The distribution from {model} was cleared. {now}.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerState</name>
        <message>
            <location filename="../../gui/sampling/state.py" line="+48" />
            <source>no model</source>
            <translation>no model</translation>
        </message>
    </context>
    <context>
        <name>ExplorerStepping</name>
        <message>
            <location filename="../../gui/sampling/stepping.py" line="+38" />
            <source>Load a model first: the model bar at the top.</source>
            <translation>Load a model first: the model bar at the top.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Asking {model} for the distribution…</source>
            <translation>Asking {model} for the distribution…</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The explorer's request failed: {error}</source>
            <translation>The explorer's request failed: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExplorerSynthetic</name>
        <message>
            <location filename="../../gui/sampling/synthetic.py" line="+25" />
            <source>Type a probability as 0.40, 0,40 or 40 %</source>
            <translation>Type a probability as 0.40, 0,40 or 40 %</translation>
        </message>
        <message>
            <location line="+13" />
            <source>“{text}” is not a probability.</source>
            <translation>“{text}” is not a probability.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A probability is between 0 and 1 (0 % to 100 %), not “{text}”.</source>
            <translation>A probability is between 0 and 1 (0 % to 100 %), not “{text}”.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>&lt;b&gt;{sum}&lt;/b&gt;. The chain is not applied to these values: press &lt;b&gt;Normalise&lt;/b&gt; to divide each by their sum.</source>
            <translation>&lt;b&gt;{sum}&lt;/b&gt;. The chain is not applied to these values: press &lt;b&gt;Normalise&lt;/b&gt; to divide each by their sum.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sum {total} — a distribution</source>
            <translation>Sum {total} — a distribution</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sum {total} — not a distribution until normalised</source>
            <translation>Sum {total} — not a distribution until normalised</translation>
        </message>
        <message>
            <location line="+16" />
            <source>At least one probability must be above 0 to normalise.</source>
            <translation>At least one probability must be above 0 to normalise.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerViews</name>
        <message>
            <location filename="../../gui/sampling/views.py" line="+32" />
            <source>Rank
(before chain)</source>
            <translation>Rank
(before chain)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before chain</source>
            <translation>Before chain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After chain</source>
            <translation>After chain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cumulative
(before chain)</source>
            <translation>Cumulative
(before chain)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Removed by</source>
            <translation>Removed by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampled
(after chain)</source>
            <translation>Sampled
(after chain)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rank in the model's raw distribution, before any stage of the chain</source>
            <translation>Rank in the model's raw distribution, before any stage of the chain</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The candidate token</source>
            <translation>The candidate token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Probability in the raw distribution (softmax of the logits), before the chain</source>
            <translation>Probability in the raw distribution (softmax of the logits), before the chain</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Probability after the chain: what a draw uses; 0 where a stage removed the token</source>
            <translation>Probability after the chain: what a draw uses; 0 where a stage removed the token</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sum of the raw probabilities of this token and the more probable ones</source>
            <translation>Sum of the raw probabilities of this token and the more probable ones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The stage of the chain that removed the token</source>
            <translation>The stage of the chain that removed the token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the token came up among the draws (Sample), drawn after the chain</source>
            <translation>How often the token came up among the draws (Sample), drawn after the chain</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A synthetic distribution has no next step: edit it, or sample from it</source>
            <translation>A synthetic distribution has no next step: edit it, or sample from it</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Step: continue with {token}</source>
            <translation>Step: continue with {token}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Continue with the selected candidate (click its bar again to sample instead)</source>
            <translation>Continue with the selected candidate (click its bar again to sample instead)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step: sample</source>
            <translation>Step: sample</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw the next token from the distribution after the chain (seeded); click a bar to pick</source>
            <translation>Draw the next token from the distribution after the chain (seeded); click a bar to pick</translation>
        </message>
        <message>
            <location line="+123" />
            <source>A synthetic distribution (no model)</source>
            <translation>A synthetic distribution (no model)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{source}&lt;/b&gt; · entropy before the chain &lt;b&gt;{before} bits&lt;/b&gt;, after it &lt;b&gt;{after} bits&lt;/b&gt; · &lt;b&gt;{kept}&lt;/b&gt; of {vocabulary} tokens survive the chain · the bars hold {mass} before it</source>
            <translation>&lt;b&gt;{source}&lt;/b&gt; · entropy before the chain &lt;b&gt;{before} bits&lt;/b&gt;, after it &lt;b&gt;{after} bits&lt;/b&gt; · &lt;b&gt;{kept}&lt;/b&gt; of {vocabulary} tokens survive the chain · the bars hold {mass} before it</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&lt;b&gt;On the top {n} only&lt;/b&gt;: the server listed {n} tokens ({known} of the probability); the other {tail} is unknown. Bars, entropy and the chain here act on these {n}, renormalised.&lt;br&gt;</source>
            <translation>&lt;b&gt;On the top {n} only&lt;/b&gt;: the server listed {n} tokens ({known} of the probability); the other {tail} is unknown. Bars, entropy and the chain here act on these {n}, renormalised.&lt;br&gt;</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The chat recorded &lt;code&gt;{token}&lt;/code&gt; at {before} before the chain and &lt;b&gt;{after}&lt;/b&gt; after it; recomputed here: {here_before} and &lt;b&gt;{here_after}&lt;/b&gt; (a last digit can differ: the model's arithmetic depends slightly on how the context is batched).&lt;br&gt;</source>
            <translation>The chat recorded &lt;code&gt;{token}&lt;/code&gt; at {before} before the chain and &lt;b&gt;{after}&lt;/b&gt; after it; recomputed here: {here_before} and &lt;b&gt;{here_after}&lt;/b&gt; (a last digit can differ: the model's arithmetic depends slightly on how the context is batched).&lt;br&gt;</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&lt;i&gt;A synthetic distribution: edit a token's probability in the table.&lt;/i&gt;</source>
            <translation>&lt;i&gt;A synthetic distribution: edit a token's probability in the table.&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(prompt)</source>
            <translation>(prompt)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Pick a lesson, or type a prompt and press &lt;b&gt;Start&lt;/b&gt;.</source>
            <translation>Pick a lesson, or type a prompt and press &lt;b&gt;Start&lt;/b&gt;.</translation>
        </message>
    </context>
    <context>
        <name>ExplorerWords</name>
        <message>
            <location filename="../../gui/sampling/words.py" line="+77" />
            <source>Followed in the last rows of the table, at every step: {names}</source>
            <translation>Followed in the last rows of the table, at every step: {names}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} · watched: no such token</source>
            <translation>{name} · watched: no such token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a token of this distribution</source>
            <translation>Not a token of this distribution</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} · watched</source>
            <translation>{name} · watched</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name}, followed with Find: its rank and probabilities at this step</source>
            <translation>{name}, followed with Find: its rank and probabilities at this step</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{name} is split into {count} pieces ({pieces}). Its probability is the product along its pieces, p(first) · p(second | first) …, from real probes of the model. A word has no rank of its own; its first piece ranks {rank} before the chain.</source>
            <translation>{name} is split into {count} pieces ({pieces}). Its probability is the product along its pieces, p(first) · p(second | first) …, from real probes of the model. A word has no rank of its own; its first piece ranks {rank} before the chain.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a piece removed</source>
            <translation>a piece removed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} · watched, {count} pieces</source>
            <translation>{name} · watched, {count} pieces</translation>
        </message>
    </context>
    <context>
        <name>HeadEntropyChart</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+143" />
            <source>entropy (bits)</source>
            <translation>entropy (bits)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>head</source>
            <translation>head</translation>
        </message>
        <message>
            <location line="+21" />
            <source>attention spread evenly</source>
            <translation>attention spread evenly</translation>
        </message>
    </context>
    <context>
        <name>HubDownloads</name>
        <message>
            <location filename="../../gui/library/hub_downloads.py" line="+47" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop the download. The part already received is kept: download again to resume.</source>
            <translation>Stop the download. The part already received is kept: download again to resume.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download the selected file (every part of a split model) into the Hugging Face cache, which other tools share. The file is checked against the Hub's SHA-256 before it appears.</source>
            <translation>Download the selected file (every part of a split model) into the Hugging Face cache, which other tools share. The file is checked against the Hub's SHA-256 before it appears.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load</source>
            <translation>Load</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the model just downloaded.</source>
            <translation>Load the model just downloaded.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Starting {file}…</source>
            <translation>Starting {file}…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Downloaded and verified · {size}</source>
            <translation>Downloaded and verified · {size}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is in the library: {path}</source>
            <translation>{file} is in the library: {path}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelled · download again to resume</source>
            <translation>Cancelled · download again to resume</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Download cancelled. The part received is kept; Download resumes it.</source>
            <translation>Download cancelled. The part received is kept; Download resumes it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Download failed</source>
            <translation>Download failed</translation>
        </message>
    </context>
    <context>
        <name>HubRows</name>
        <message>
            <location filename="../../gui/library/hub_rows.py" line="+19" />
            <source>Repository</source>
            <translation>Repository</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Downloads</source>
            <translation>Downloads</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Likes</source>
            <translation>Likes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Quantization</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fits in memory</source>
            <translation>Fits in memory</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fits</source>
            <translation>Fits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tight</source>
            <translation>Tight</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too big</source>
            <translation>Too big</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compares the file's size with the memory this machine has free now. A model needs its file's size in memory plus room for the context (KV cache): 'Fits' leaves a quarter of free memory for that, 'Tight' may swap, 'Too big' will not load well.</source>
            <translation>Compares the file's size with the memory this machine has free now. A model needs its file's size in memory plus room for the context (KV cache): 'Fits' leaves a quarter of free memory for that, 'Tight' may swap, 'Too big' will not load well.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Gated: accept the model's terms on its Hugging Face page and log in to download.</source>
            <translation>Gated: accept the model's terms on its Hugging Face page and log in to download.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Suggested: the largest file that fits comfortably in this machine's free memory.</source>
            <translation>Suggested: the largest file that fits comfortably in this machine's free memory.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{repo}  (gated)</source>
            <translation>{repo}  (gated)</translation>
        </message>
        <message>
            <location line="+17" />
            <source> (%n parts)</source>
            <translation> (%n parts)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location line="+1" />
            <source>★ Suggested for this machine ({free} memory free): &lt;b&gt;{file}&lt;/b&gt; ({quantization}, {size})</source>
            <translation>★ Suggested for this machine ({free} memory free): &lt;b&gt;{file}&lt;/b&gt; ({quantization}, {size})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown quantization</source>
            <translation>unknown quantization</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{percent} %  ·  {done} of {total}</source>
            <translation>{percent} %  ·  {done} of {total}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{speed}/s, {seconds} s left</source>
            <translation>{speed}/s, {seconds} s left</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{speed}/s average</source>
            <translation>{speed}/s average</translation>
        </message>
    </context>
    <context>
        <name>HubView</name>
        <message>
            <location filename="../../gui/library/hub_view.py" line="+88" />
            <source>Search the Hugging Face Hub for GGUF models, e.g. SmolLM2 or Qwen2.5</source>
            <translation>Search the Hugging Face Hub for GGUF models, e.g. SmolLM2 or Qwen2.5</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search GGUF repositories on the Hugging Face Hub, most downloaded first.</source>
            <translation>Search GGUF repositories on the Hugging Face Hub, most downloaded first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop waiting for the Hub. Without an answer, a search gives up by itself after {seconds} seconds.</source>
            <translation>Stop waiting for the Hub. Without an answer, a search gives up by itself after {seconds} seconds.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+138" />
            <source>Search to see repositories.</source>
            <translation>Search to see repositories.</translation>
        </message>
        <message>
            <location line="-137" />
            <location line="+49" />
            <location line="+90" />
            <source>Choose a repository to see its GGUF files.</source>
            <translation>Choose a repository to see its GGUF files.</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Repositories</source>
            <translation>Repositories</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Searching {hub} for “{query}”…</source>
            <translation>Searching {hub} for “{query}”…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Searching {hub}…</source>
            <translation>Searching {hub}…</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Search cancelled.</source>
            <translation>Search cancelled.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Listing cancelled. Search again to retry.</source>
            <translation>Listing cancelled. Search again to retry.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No GGUF repositories match.</source>
            <translation>No GGUF repositories match.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Listing {repo}…</source>
            <translation>Listing {repo}…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This repository has no .gguf files.</source>
            <translation>This repository has no .gguf files.</translation>
        </message>
    </context>
    <context>
        <name>InsideLayout</name>
        <message>
            <location filename="../../gui/inside/layout.py" line="+33" />
            <source>Lens grid as PNG…</source>
            <translation>Lens grid as PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lens as CSV…</source>
            <translation>Lens as CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lens as JSON…</source>
            <translation>Lens as JSON…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target chart as PNG…</source>
            <translation>Target chart as PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as PNG…</source>
            <translation>Attribution as PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as CSV…</source>
            <translation>Attribution as CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution as JSON…</source>
            <translation>Attribution as JSON…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Logit lens</source>
            <translation>Logit lens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribution</source>
            <translation>Attribution</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A prompt to look inside</source>
            <translation>A prompt to look inside</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The prompt, as plain text (BOS is added as the model expects)</source>
            <translation>The prompt, as plain text (BOS is added as the model expects)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>default: the model's own choice</source>
            <translation>default: the model's own choice</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The continuation to follow or explain, with its leading space (' Paris'), or #id for a token</source>
            <translation>The continuation to follow or explain, with its leading space (' Paris'), or #id for a token</translation>
        </message>
        <message>
            <location line="+4" />
            <source>optional, e.g.  Lyon</source>
            <translation>optional, e.g.  Lyon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attribution only: explain why the target rather than this continuation</source>
            <translation>Attribution only: explain why the target rather than this continuation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>word</source>
            <translation>word</translation>
        </message>
        <message>
            <location line="+0" />
            <source>token</source>
            <translation>token</translation>
        </message>
        <message>
            <location line="+0" />
            <source>sentence</source>
            <translation>sentence</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is left out at a time when scoring the prompt</source>
            <translation>What is left out at a time when scoring the prompt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Top tokens kept per layer and position (shown on hover)</source>
            <translation>Top tokens kept per layer and position (shown on hover)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also look at this many greedily generated tokens (lens only)</source>
            <translation>Also look at this many greedily generated tokens (lens only)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rather than</source>
            <translation>Rather than</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top k</source>
            <translation>Top k</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generate</source>
            <translation>Generate</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Run lens</source>
            <translation>Run lens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each layer's next-token prediction at every position (Ctrl+Return)</source>
            <translation>Each layer's next-token prediction at every position (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attribute</source>
            <translation>Attribute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occlusion, then attention rollout, for the target</source>
            <translation>Occlusion, then attention rollout, for the target</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the running computation (Esc)</source>
            <translation>Stop the running computation (Esc)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Click a column to follow that position; hover a cell for its numbers.</source>
            <translation>Click a column to follow that position; hover a cell for its numbers.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>occlusion Δ log p (nats)</source>
            <translation>occlusion Δ log p (nats)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>rollout share</source>
            <translation>rollout share</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hover a unit for its score.</source>
            <translation>Hover a unit for its score.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Occlusion&lt;/b&gt; — the drop in log p(target) when the unit is left out</source>
            <translation>&lt;b&gt;Occlusion&lt;/b&gt; — the drop in log p(target) when the unit is left out</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Attention rollout&lt;/b&gt; — a different method: attention flow, target-blind</source>
            <translation>&lt;b&gt;Attention rollout&lt;/b&gt; — a different method: attention flow, target-blind</translation>
        </message>
    </context>
    <context>
        <name>InsidePanel</name>
        <message>
            <location filename="../../gui/inside/panel.py" line="+92" />
            <source>Load a model first</source>
            <translation>Load a model first</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Type a prompt first</source>
            <translation>Type a prompt first</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Running lens…</source>
            <translation>Running lens…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running occlusion…</source>
            <translation>Running occlusion…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running rollout…</source>
            <translation>Running rollout…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lens cancelled</source>
            <translation>lens cancelled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>occlusion cancelled</source>
            <translation>occlusion cancelled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout cancelled</source>
            <translation>rollout cancelled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lens failed: {error}</source>
            <translation>lens failed: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>occlusion failed: {error}</source>
            <translation>occlusion failed: {error}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout failed: {error}</source>
            <translation>rollout failed: {error}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That result came from a model that is no longer loaded; run it again</source>
            <translation>That result came from a model that is no longer loaded; run it again</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The results came from another model and were cleared; run them again.</source>
            <translation>The results came from another model and were cleared; run them again.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>; last layer vs llama.cpp: max |Δp| {error}</source>
            <translation>; last layer vs llama.cpp: max |Δp| {error}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{layers} layers × {positions} positions ({prompt} of the prompt){check}. Rows: layers (last on top); columns: positions.</source>
            <translation>{layers} layers × {positions} positions ({prompt} of the prompt){check}. Rows: layers (last on top); columns: positions.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Following {target} after {token}: p after the last layer {prob}.</source>
            <translation>Following {target} after {token}: p after the last layer {prob}.</translation>
        </message>
        <message numerus="yes">
            <location line="+35" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n token</numerusform>
                <numerusform>%n tokens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n sentence(s)</source>
            <translation>
                <numerusform>%n sentence</numerusform>
                <numerusform>%n sentences</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Occlusion of {units}: {what} = {base}; {evaluations} token evaluations with prefix reuse (naive: {naive}).</source>
            <translation>Occlusion of {units}: {what} = {base}; {evaluations} token evaluations with prefix reuse (naive: {naive}).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{unit}: occlusion Δ log p (nats) {score}</source>
            <translation>{unit}: occlusion Δ log p (nats) {score}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{unit}: rollout share of the attention flow {score}</source>
            <translation>{unit}: rollout share of the attention flow {score}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing to export yet: run the attribution</source>
            <translation>Nothing to export yet: run the attribution</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing to export yet: run the lens</source>
            <translation>Nothing to export yet: run the lens</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved {name}</source>
            <translation>Saved {name}</translation>
        </message>
    </context>
    <context>
        <name>InsideTexts</name>
        <message>
            <location filename="../../gui/inside/texts.py" line="+16" />
            <source>&lt;b&gt;Logit lens&lt;/b&gt;: after each layer ℓ the residual stream h&lt;sub&gt;ℓ&lt;/sub&gt; (what the layer hands on) goes through the model's own final norm and unembedding — p&lt;sub&gt;ℓ&lt;/sub&gt; = softmax(W&lt;sub&gt;U&lt;/sub&gt; · norm(h&lt;sub&gt;ℓ&lt;/sub&gt;)) — as if the model stopped there. Each cell is the most probable next token at that layer (row) and position (column), coloured by its probability (viridis). It shows when a prediction takes shape; middle layers were not trained to be read this way, so a poor early guess is not proof that the layer 'knows' nothing.</source>
            <translation>&lt;b&gt;Logit lens&lt;/b&gt;: after each layer ℓ the residual stream h&lt;sub&gt;ℓ&lt;/sub&gt; (what the layer hands on) goes through the model's own final norm and unembedding — p&lt;sub&gt;ℓ&lt;/sub&gt; = softmax(W&lt;sub&gt;U&lt;/sub&gt; · norm(h&lt;sub&gt;ℓ&lt;/sub&gt;)) — as if the model stopped there. Each cell is the most probable next token at that layer (row) and position (column), coloured by its probability (viridis). It shows when a prediction takes shape; middle layers were not trained to be read this way, so a poor early guess is not proof that the layer 'knows' nothing.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;Occlusion&lt;/b&gt; leaves each unit out and re-evaluates: score = log p(target | prompt) − log p(target | prompt without it), in nats (contrastive: the change of log p(A) − log p(B)). Positive = the target needed it. It measures this model's reaction to a shorter prompt — text with a hole — not how the model uses the unit inside the full prompt. &lt;b&gt;Attention rollout&lt;/b&gt; (a different method, shown beside it) multiplies the head-averaged attention of every layer, with the residual path added; it ignores the MLPs and the target, and nearly all of it flows to the first token (the attention sink), which is left out and the rest renormalised. Where the two disagree, trust occlusion's numbers, and neither as a full explanation.</source>
            <translation>&lt;b&gt;Occlusion&lt;/b&gt; leaves each unit out and re-evaluates: score = log p(target | prompt) − log p(target | prompt without it), in nats (contrastive: the change of log p(A) − log p(B)). Positive = the target needed it. It measures this model's reaction to a shorter prompt — text with a hole — not how the model uses the unit inside the full prompt. &lt;b&gt;Attention rollout&lt;/b&gt; (a different method, shown beside it) multiplies the head-averaged attention of every layer, with the residual path added; it ignores the MLPs and the target, and nearly all of it flows to the first token (the attention sink), which is left out and the rest renormalised. Where the two disagree, trust occlusion's numbers, and neither as a full explanation.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Type a prompt and press &lt;b&gt;Run lens&lt;/b&gt; (Ctrl+Return) to see each layer's prediction.</source>
            <translation>Type a prompt and press &lt;b&gt;Run lens&lt;/b&gt; (Ctrl+Return) to see each layer's prediction.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Press &lt;b&gt;Attribute&lt;/b&gt; to see which parts of the prompt the prediction rests on.</source>
            <translation>Press &lt;b&gt;Attribute&lt;/b&gt; to see which parts of the prompt the prediction rests on.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>occlusion</source>
            <translation>occlusion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rollout</source>
            <translation>rollout</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Layer {layer}, after {position}: the lens's most probable next tokens</source>
            <translation>Layer {layer}, after {position}: the lens's most probable next tokens</translation>
        </message>
        <message>
            <location line="+5" />
            <source>p({target}) = {prob} % (rank {rank}); entropy {entropy} bits; KL to the final layer {kl} bits</source>
            <translation>p({target}) = {prob} % (rank {rank}); entropy {entropy} bits; KL to the final layer {kl} bits</translation>
        </message>
    </context>
    <context>
        <name>LayerCosineChart</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="+157" />
            <source>sentence {a} vs {b}</source>
            <translation>sentence {a} vs {b}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer (emb = input embedding)</source>
            <translation>layer (emb = input embedding)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cosine similarity</source>
            <translation>cosine similarity</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <location filename="../../gui/chat/widgets.py" line="+21" />
            <source>p(token):</source>
            <translation>p(token):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The model's probability of each chosen token, before the sampling chain.</source>
            <translation>The model's probability of each chosen token, before the sampling chain.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chosen tokens the model gave {range} probability</source>
            <translation>Chosen tokens the model gave {range} probability</translation>
        </message>
    </context>
    <context>
        <name>LensGrid</name>
        <message>
            <location filename="../../gui/inside/grid.py" line="+33" />
            <source>Hover a cell for the layer's top tokens, the target's probability and rank</source>
            <translation>Hover a cell for the layer's top tokens, the target's probability and rank</translation>
        </message>
        <message>
            <location line="+15" />
            <source>layer {layer}</source>
            <translation>layer {layer}</translation>
        </message>
    </context>
    <context>
        <name>LibraryRows</name>
        <message>
            <location filename="../../gui/library/library_rows.py" line="+20" />
            <source>Packaged</source>
            <translation>Packaged</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hugging Face cache</source>
            <translation>Hugging Face cache</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Quantization</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last used</source>
            <translation>Last used</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Path</source>
            <translation>Path</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No models found.

Download one from the Hugging Face Hub (the Download tab), or add a folder that holds .gguf files.</source>
            <translation>No models found.

Download one from the Hugging Face Hub (the Download tab), or add a folder that holds .gguf files.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Trained context: the longest sequence, in tokens, the model was trained to attend over.</source>
            <translation>Trained context: the longest sequence, in tokens, the model was trained to attend over.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Packaged: installed with Lanterna. Hugging Face cache: the cache shared with other tools ({folder}). Folder: a folder you added.</source>
            <translation>Packaged: installed with Lanterna. Hugging Face cache: the cache shared with other tools ({folder}). Folder: a folder you added.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Bits per weight: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Fewer bits: a smaller, faster file, slightly less accurate. Q4_K_M is a common balance.</source>
            <translation>Bits per weight: Q4 ≈ 4 bits, Q8 ≈ 8 bits, F16 = 16 bits. Fewer bits: a smaller, faster file, slightly less accurate. Q4_K_M is a common balance.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Just now</source>
            <translation>Just now</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%n min ago</source>
            <translation>%n min ago</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%n h ago</source>
            <translation>%n h ago</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%n days ago</source>
            <translation>%n days ago</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{source}: {repo}</source>
            <translation>{source}: {repo}</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (%n parts)</source>
            <translation> (%n parts)</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="../../gui/library/library_view.py" line="+86" />
            <source>Filter by name, architecture, quantization, source or path</source>
            <translation>Filter by name, architecture, quantization, source or path</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Folders</source>
            <translation>Folders</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folders Lanterna searches for .gguf files (with their subfolders), besides the packaged models and the Hugging Face cache.</source>
            <translation>Folders Lanterna searches for .gguf files (with their subfolders), besides the packaged models and the Hugging Face cache.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add folder…</source>
            <translation>Add folder…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a folder of .gguf files to the library.</source>
            <translation>Add a folder of .gguf files to the library.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Look for models again (new downloads, files copied into folders).</source>
            <translation>Look for models again (new downloads, files copied into folders).</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder that holds this model in the file manager.</source>
            <translation>Open the folder that holds this model in the file manager.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the model's file (every part of a split model). For the Hugging Face cache, the cached file itself is removed, so other tools that share the cache lose it too. Asks first.</source>
            <translation>Delete the model's file (every part of a split model). For the Hugging Face cache, the cached file itself is removed, so other tools that share the cache lose it too. Asks first.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load</source>
            <translation>Load</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the selected model (or double-click it).</source>
            <translation>Load the selected model (or double-click it).</translation>
        </message>
        <message numerus="yes">
            <location line="+110" />
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n model</numerusform>
                <numerusform>%n models</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Could not open a file manager for {folder}</source>
            <translation>Could not open a file manager for {folder}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not delete {model}: {error}</source>
            <translation>Could not delete {model}: {error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deleted {model} ({size} freed).</source>
            <translation>Deleted {model} ({size} freed).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>It is in the Hugging Face cache, which other tools share: they lose it too.</source>
            <translation>It is in the Hugging Face cache, which other tools share: they lose it too.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is deleted from disk.</source>
            <translation>The file is deleted from disk.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete {model} ({size})?</source>
            <translation>Delete {model} ({size})?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete model</source>
            <translation>Delete model</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Hugging Face cache: {folder}</source>
            <translation>Hugging Face cache: {folder}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove {folder}</source>
            <translation>Remove {folder}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No folders added yet</source>
            <translation>No folders added yet</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add a folder of GGUF models</source>
            <translation>Add a folder of GGUF models</translation>
        </message>
    </context>
    <context>
        <name>LoadSettingsDialog</name>
        <message>
            <location filename="../../gui/shell/load_settings.py" line="+35" />
            <source>This build of llama.cpp runs on the CPU only. For GPU offload, rebuild it with &lt;code&gt;python main.py setup --gpu cuda&lt;/code&gt; (or &lt;code&gt;vulkan&lt;/code&gt;, &lt;code&gt;metal&lt;/code&gt;).</source>
            <translation>This build of llama.cpp runs on the CPU only. For GPU offload, rebuild it with &lt;code&gt;python main.py setup --gpu cuda&lt;/code&gt; (or &lt;code&gt;vulkan&lt;/code&gt;, &lt;code&gt;metal&lt;/code&gt;).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load settings</source>
            <translation>Load settings</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many tokens the model can see at once (prompt + reply). More uses more memory.</source>
            <translation>How many tokens the model can see at once (prompt + reply). More uses more memory.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Threads for generating tokens; automatic uses the measured count</source>
            <translation>Threads for generating tokens; automatic uses the measured count</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Threads for reading the prompt; automatic uses the measured count</source>
            <translation>Threads for reading the prompt; automatic uses the measured count</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re-tune</source>
            <translation>Re-tune</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Measure every thread count again on the loaded model (a few seconds)</source>
            <translation>Measure every thread count again on the loaded model (a few seconds)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <location line="+5" />
            <source>none (e.g. 192.168.1.20:50052, 192.168.1.21:50052)</source>
            <translation>none (e.g. 192.168.1.20:50052, 192.168.1.21:50052)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ggml-rpc-server workers on other machines (llama.cpp's RPC backend): the model's layers are split over them in this order, while this computer still runs the graph, so every view keeps working. Start one there with: ggml-rpc-server -H 0.0.0.0 -p 50052</source>
            <translation>ggml-rpc-server workers on other machines (llama.cpp's RPC backend): the model's layers are split over them in this order, while this computer still runs the graph, so every view keeps working. Start one there with: ggml-rpc-server -H 0.0.0.0 -p 50052</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Flash attention</source>
            <translation>Flash attention</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Context size</source>
            <translation>Context size</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CPU threads</source>
            <translation>CPU threads</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt threads</source>
            <translation>Prompt threads</translation>
        </message>
        <message>
            <location line="+3" />
            <source>GPU layers</source>
            <translation>GPU layers</translation>
        </message>
        <message>
            <location line="+5" />
            <source>RPC workers</source>
            <translation>RPC workers</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Load a model to see its measured thread counts.</source>
            <translation>Load a model to see its measured thread counts.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>measured on this machine</source>
            <translation>measured on this machine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>measured earlier on this machine</source>
            <translation>measured earlier on this machine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chosen by you</source>
            <translation>chosen by you</translation>
        </message>
        <message>
            <location line="+1" />
            <source>half the cores (not measured)</source>
            <translation>half the cores (not measured)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In use: {generation} for generation, {prompt} for the prompt ({how}).</source>
            <translation>In use: {generation} for generation, {prompt} for the prompt ({how}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Threads</source>
            <translation>Threads</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Generation tok/s</source>
            <translation>Generation tok/s</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prompt tok/s</source>
            <translation>Prompt tok/s</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Measuring the thread counts…</source>
            <translation>Measuring the thread counts…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Re-tune failed: {message}</source>
            <translation>Re-tune failed: {message}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>RPC workers: {problem}</source>
            <translation>RPC workers: {problem}</translation>
        </message>
    </context>
    <context>
        <name>LoadedModelView</name>
        <message>
            <location filename="../../gui/library/loaded_model.py" line="+48" />
            <source>No model loaded. Pick one on the left, open a .gguf file, or drop one here.</source>
            <translation>No model loaded. Pick one on the left, open a .gguf file, or drop one here.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This model has no chat template; Lanterna uses a plain fallback template.</source>
            <translation>This model has no chat template; Lanterna uses a plain fallback template.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>GGUF is llama.cpp's single-file model format: the weights, the tokenizer and the model's settings (the metadata) travel together in one .gguf file.</source>
            <translation>GGUF is llama.cpp's single-file model format: the weights, the tokenizer and the model's settings (the metadata) travel together in one .gguf file.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Quantization stores each weight in fewer bits than the 16 or 32 the model was trained with (Q4 ≈ 4 bits, Q8 ≈ 8 bits). Fewer bits make the file smaller and faster to run, at a small cost in accuracy. K-quants (Q4_K_M …) mix precisions per tensor.</source>
            <translation>Quantization stores each weight in fewer bits than the 16 or 32 the model was trained with (Q4 ≈ 4 bits, Q8 ≈ 8 bits). Fewer bits make the file smaller and faster to run, at a small cost in accuracy. K-quants (Q4_K_M …) mix precisions per tensor.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The longest sequence, in tokens, the model was trained to attend over.</source>
            <translation>The longest sequence, in tokens, the model was trained to attend over.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The context window llama.cpp allocated for this session: prompt plus generated tokens must fit in it.</source>
            <translation>The context window llama.cpp allocated for this session: prompt plus generated tokens must fit in it.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Query heads each look at the context their own way. Key/value (KV) heads hold what is looked at; sharing a KV head between several query heads (grouped-query attention) shrinks the KV cache.</source>
            <translation>Query heads each look at the context their own way. Key/value (KV) heads hold what is looked at; sharing a KV head between several query heads (grouped-query attention) shrinks the KV cache.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many distinct tokens the tokenizer knows: the width of every next-token distribution.</source>
            <translation>How many distinct tokens the tokenizer knows: the width of every next-token distribution.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The width of the vector that represents each token inside the model.</source>
            <translation>The width of the vector that represents each token inside the model.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tokens with a job rather than a meaning: beginning and end of sequence, end of turn, padding…</source>
            <translation>Tokens with a job rather than a meaning: beginning and end of sequence, end of turn, padding…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A Jinja template, stored in the GGUF file, that turns a list of chat messages into the exact prompt text the model was fine-tuned on.</source>
            <translation>A Jinja template, stored in the GGUF file, that turns a list of chat messages into the exact prompt text the model was fine-tuned on.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Which machine holds each layer's weights, as llama.cpp placed them at load. Layers on RPC workers are computed there; this computer schedules the graph, so every view still reads them. Workers keep the weights as the file stores them, while a local run repacks some quantized layers for this CPU: the two can differ slightly (for Gemma-3-270M up to 0.03 in a probability).</source>
            <translation>Which machine holds each layer's weights, as llama.cpp placed them at load. Layers on RPC workers are computed there; this computer schedules the graph, so every view still reads them. Workers keep the weights as the file stores them, while a local run repacks some quantized layers for this CPU: the two can differ slightly (for Gemma-3-270M up to 0.03 in a probability).</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+106" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="-105" />
            <source>Architecture</source>
            <translation>Architecture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantization</source>
            <translation>Quantization</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File size</source>
            <translation>File size</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Trained context</source>
            <translation>Trained context</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Loaded context</source>
            <translation>Loaded context</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Layers</source>
            <translation>Layers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where layers run</source>
            <translation>Where layers run</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heads / KV heads</source>
            <translation>Heads / KV heads</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embedding size</source>
            <translation>Embedding size</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vocabulary size</source>
            <translation>Vocabulary size</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GPU offload</source>
            <translation>GPU offload</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Unload</source>
            <translation>Unload</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free the loaded model's memory.</source>
            <translation>Free the loaded model's memory.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loaded model</source>
            <translation>Loaded model</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special tokens</source>
            <translation>Special tokens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat template</source>
            <translation>Chat template</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metadata</source>
            <translation>Metadata</translation>
        </message>
        <message>
            <location line="+21" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Filter keys and values…</source>
            <translation>Filter keys and values…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The GGUF file's key/value settings, exactly as llama.cpp reads them.</source>
            <translation>The GGUF file's key/value settings, exactly as llama.cpp reads them.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{name}: token {id}, text {text}</source>
            <translation>{name}: token {id}, text {text}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special tokens ({count})</source>
            <translation>Special tokens ({count})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Metadata ({count})</source>
            <translation>Metadata ({count})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/shell/main_window.py" line="+49" />
            <source>Engine starting…</source>
            <translation>Engine starting…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engine ready · no model loaded</source>
            <translation>Engine ready · no model loaded</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading model…</source>
            <translation>Loading model…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generating…</source>
            <translation>Generating…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Engine restarting…</source>
            <translation>Engine restarting…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampling explorer</source>
            <translation>Sampling explorer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attention</source>
            <translation>Attention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Embeddings</source>
            <translation>Embeddings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prompt lab</source>
            <translation>Prompt lab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside</source>
            <translation>Inside</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location line="+69" />
            <source>{rate} tokens/s</source>
            <translation>{rate} tokens/s</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Generation speed of the last reply</source>
            <translation>Generation speed of the last reply</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Memory used by the engine process (the model and its context)</source>
            <translation>Memory used by the engine process (the model and its context)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Classroom</source>
            <translation>Classroom</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Classroom</source>
            <translation>&amp;Classroom</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Guided lessons that walk the course across the views (Ctrl+L)</source>
            <translation>Guided lessons that walk the course across the views (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No model loaded</source>
            <translation>No model loaded</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lanterna restarted it and is loading {model} again.</source>
            <translation>Lanterna restarted it and is loading {model} again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lanterna restarted it.</source>
            <translation>Lanterna restarted it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;The engine stopped unexpectedly&lt;/b&gt;: {description}.</source>
            <translation>&lt;b&gt;The engine stopped unexpectedly&lt;/b&gt;: {description}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your chats are safe; a reply that was being written is kept up to its last token.</source>
            <translation>Your chats are safe; a reply that was being written is kept up to its last token.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The engine process ended; restarted</source>
            <translation>The engine process ended; restarted</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Engine memory {size}</source>
            <translation>Engine memory {size}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Preparing the Inside view…</source>
            <translation>Preparing the Inside view…</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../gui/embeddings/map_view.py" line="+26" />
            <source>Map: the query and its neighbours</source>
            <translation>Map: the query and its neighbours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map: words you list</source>
            <translation>Map: words you list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map: a random sample of the vocabulary</source>
            <translation>Map: a random sample of the vocabulary</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A 2-D picture of the vectors: their two main directions of variation (PCA). Vectors are
scaled to length 1 first, so the map shows directions, the thing cosine compares.</source>
            <translation>A 2-D picture of the vectors: their two main directions of variation (PCA). Vectors are
scaled to length 1 first, so the map shows directions, the thing cosine compares.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Comma-separated words (each as a word start, with a leading space)</source>
            <translation>Comma-separated words (each as a word start, with a leading space)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How many tokens to sample (the filters above apply)</source>
            <translation>How many tokens to sample (the filters above apply)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>seed </source>
            <translation>seed </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same seed, same sample</source>
            <translation>Same seed, same sample</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+49" />
            <source>Draw</source>
            <translation>Draw</translation>
        </message>
        <message>
            <location line="-37" />
            <source>Hover a point for its token and cosine; click it to search its neighbours</source>
            <translation>Hover a point for its token and cosine; click it to search its neighbours</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the map as a PNG picture</source>
            <translation>Save the map as a PNG picture</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
    </context>
    <context>
        <name>MetricBars</name>
        <message>
            <location filename="../../gui/promptlab/charts.py" line="-193" />
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>macro-F1</source>
            <translation>macro-F1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ECE</source>
            <translation>ECE</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Run a comparison to see accuracy, macro-F1 and calibration error</source>
            <translation>Run a comparison to see accuracy, macro-F1 and calibration error</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value (0–1)</source>
            <translation>value (0–1)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>always '{label}'</source>
            <translation>always '{label}'</translation>
        </message>
        <message>
            <location line="+5" />
            <source>chance (1 of {labels})</source>
            <translation>chance (1 of {labels})</translation>
        </message>
    </context>
    <context>
        <name>ModelLanguages</name>
        <message>
            <location filename="../../gui/library/languages.py" line="+13" />
            <source>Portuguese</source>
            <translation>Portuguese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <location line="+1" />
            <source>German</source>
            <translation>German</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Italian</source>
            <translation>Italian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hindi</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thai</source>
            <translation>Thai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Japanese</source>
            <translation>Japanese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vietnamese</source>
            <translation>Vietnamese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Llama architecture, 30 layers, 9 heads, 49k vocabulary, chat template. The default model.</source>
            <translation>Llama architecture, 30 layers, 9 heads, 49k vocabulary, chat template. The default model.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Gemma 3 architecture, 18 layers, sliding-window attention, 262k vocabulary, no chat template.</source>
            <translation>Gemma 3 architecture, 18 layers, sliding-window attention, 262k vocabulary, no chat template.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>English only</source>
            <translation>English only</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{languages} and more</source>
            <translation>{languages} and more</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{languages} and %n more</source>
            <translation>{languages} and %n more</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Speaks {languages} and many more languages.</source>
            <translation>Speaks {languages} and many more languages.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Over %n languages, among them {languages}.</source>
            <translation>Over %n languages, among them {languages}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Officially: {languages}.</source>
            <translation>Officially: {languages}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Base model: it continues text, it does not chat. Good for few-shot prompts.</source>
            <translation>Base model: it continues text, it does not chat. Good for few-shot prompts.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chat model that reasons before it answers (/no_think in the system prompt turns that off).</source>
            <translation>Chat model that reasons before it answers (/no_think in the system prompt turns that off).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chat model: follows instructions.</source>
            <translation>Chat model: follows instructions.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{languages} · base model</source>
            <translation>{languages} · base model</translation>
        </message>
        <message>
            <location line="+12" />
            <source>For Portuguese or Spanish, pick Gemma-3-270M or a chat model from Download → Models that speak Portuguese and Spanish.</source>
            <translation>For Portuguese or Spanish, pick Gemma-3-270M or a chat model from Download → Models that speak Portuguese and Spanish.</translation>
        </message>
    </context>
    <context>
        <name>ModelLoading</name>
        <message>
            <location filename="../../gui/shell/model_loading.py" line="+65" />
            <source>Packaged and recent models</source>
            <translation>Packaged and recent models</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load</source>
            <translation>Load</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+109" />
            <source>Open GGUF…</source>
            <translation>Open GGUF…</translation>
        </message>
        <message>
            <location line="-107" />
            <source>Open a .gguf model file (Ctrl+O); you can also drop one on the window</source>
            <translation>Open a .gguf model file (Ctrl+O); you can also drop one on the window</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unload</source>
            <translation>Unload</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+105" />
            <source>Load settings…</source>
            <translation>Load settings…</translation>
        </message>
        <message>
            <location line="-104" />
            <source>Context size, CPU threads, GPU layers</source>
            <translation>Context size, CPU threads, GPU layers</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+184" />
            <source>No model loaded</source>
            <translation>No model loaded</translation>
        </message>
        <message>
            <location line="-181" />
            <source>&lt;b&gt;Model&lt;/b&gt;</source>
            <translation>&lt;b&gt;Model&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Stop the reply before loading another model.</source>
            <translation>Stop the reply before loading another model.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Loading {model}…</source>
            <translation>Loading {model}…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Open a GGUF model</source>
            <translation>Open a GGUF model</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF models (*.gguf)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Model</source>
            <translation>&amp;Model</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connect to a server…</source>
            <translation>Connect to a server…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>{model} · {architecture} · {millions} M parameters · {quantization} · context {n_ctx}</source>
            <translation>{model} · {architecture} · {millions} M parameters · {quantization} · context {n_ctx}</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>layers on %n RPC worker(s)</source>
            <translation>
                <numerusform>layers on %n RPC worker</numerusform>
                <numerusform>layers on %n RPC workers</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>{model} on a server ({api}) · top {top_n} alternatives per token</source>
            <translation>{model} on a server ({api}) · top {top_n} alternatives per token</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Loading cancelled · no model loaded</source>
            <translation>Loading cancelled · no model loaded</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Could not load the model.&lt;/b&gt; {message}</source>
            <translation>&lt;b&gt;Could not load the model.&lt;/b&gt; {message}</translation>
        </message>
    </context>
    <context>
        <name>ModelPanel</name>
        <message>
            <location filename="../../gui/library/panel.py" line="+39" />
            <source>file not found</source>
            <translation>file not found</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packaged and recent models, and the facts of the loaded one.</source>
            <translation>Packaged and recent models, and the facts of the loaded one.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every GGUF model on this machine, wherever it is.</source>
            <translation>Every GGUF model on this machine, wherever it is.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search the Hugging Face Hub and download GGUF models, or pick one for Portuguese and Spanish.</source>
            <translation>Search the Hugging Face Hub and download GGUF models, or pick one for Portuguese and Spanish.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Packaged</source>
            <translation>Packaged</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent</source>
            <translation>Recent</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load</source>
            <translation>Load</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the selected model (or double-click it).</source>
            <translation>Load the selected model (or double-click it).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open GGUF file…</source>
            <translation>Open GGUF file…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{gguf}

You can also drop a .gguf file onto this tab.</source>
            <translation>{gguf}

You can also drop a .gguf file onto this tab.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No recent files yet</source>
            <translation>No recent files yet</translation>
        </message>
        <message>
            <location line="+114" />
            <source>Open a GGUF model</source>
            <translation>Open a GGUF model</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF models (*.gguf)</translation>
        </message>
    </context>
    <context>
        <name>ModelRowDelegate</name>
        <message>
            <location filename="../../gui/library/model_rows.py" line="+58" />
            <source>loaded</source>
            <translation>loaded</translation>
        </message>
    </context>
    <context>
        <name>ModelText</name>
        <message>
            <location filename="../../gui/library/model_text.py" line="+19" />
            <source>{count} bytes</source>
            <translation>{count} bytes</translation>
        </message>
        <message>
            <location line="+56" />
            <source>{counts} — every query head has its own KV head</source>
            <translation>{counts} — every query head has its own KV head</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{counts} — grouped-query attention: {share} query heads share each KV head</source>
            <translation>{counts} — grouped-query attention: {share} query heads share each KV head</translation>
        </message>
        <message>
            <location line="+7" />
            <source>installed</source>
            <translation>installed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not installed</source>
            <translation>not installed</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{count} tokens</source>
            <translation>{count} tokens</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{size} ({count} bytes)</source>
            <translation>{size} ({count} bytes)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>on the server</source>
            <translation>on the server</translation>
        </message>
        <message>
            <location line="+6" />
            <source>available in this build</source>
            <translation>available in this build</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CPU only build</source>
            <translation>CPU only build</translation>
        </message>
        <message>
            <location line="+8" />
            <source>this computer</source>
            <translation>this computer</translation>
        </message>
        <message>
            <location line="+11" />
            <source>layers {span}: {where}</source>
            <translation>layers {span}: {where}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>output: {where}</source>
            <translation>output: {where}</translation>
        </message>
    </context>
    <context>
        <name>NeighboursView</name>
        <message>
            <location filename="../../gui/embeddings/neighbours_view.py" line="+43" />
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cosine</source>
            <translation>Cosine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Word or phrase</source>
            <translation>Word or phrase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Analogy a − b + c</source>
            <translation>Analogy a − b + c</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Word or phrase: its vector (several tokens: the mean of their vectors), or #id for one token.
Analogy: the vector a − b + c, e.g. king, man, woman → queen.</source>
            <translation>Word or phrase: its vector (several tokens: the mean of their vectors), or #id for one token.
Analogy: the vector a − b + c, e.g. king, man, woman → queen.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>How many neighbours to list</source>
            <translation>How many neighbours to list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find the nearest tokens over the whole vocabulary (Enter)</source>
            <translation>Find the nearest tokens over the whole vocabulary (Enter)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Word start (leading space)</source>
            <translation>Word start (leading space)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tokenizers keep the space before a word: ' king' is the word, 'king' is a piece found inside
other words or at the start of a text. Ticked, a space is put before what you type.</source>
            <translation>Tokenizers keep the space before a word: ' king' is the word, 'king' is a piece found inside
other words or at the start of a text. Ticked, a space is put before what you type.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide special and byte tokens</source>
            <translation>Hide special and byte tokens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leave out control tokens (&lt;bos&gt;, &lt;|im_end|&gt; …) and raw bytes (&lt;0xE2&gt; …)</source>
            <translation>Leave out control tokens (&lt;bos&gt;, &lt;|im_end|&gt; …) and raw bytes (&lt;0xE2&gt; …)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole words only</source>
            <translation>Whole words only</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only tokens that start a word (leading space) and are letters only</source>
            <translation>Only tokens that start a word (leading space) and are letters only</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List the query's own tokens</source>
            <translation>List the query's own tokens</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Normally the query's tokens are left out of its neighbours. Ticked, they stay in the ranking:
a one-token query then comes first with cosine 1 (every vector is identical to itself).</source>
            <translation>Normally the query's tokens are left out of its neighbours. Ticked, they stay in the ranking:
a one-token query then comes first with cosine 1 (every vector is identical to itself).</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Double-click a token to search its own neighbours</source>
            <translation>Double-click a token to search its own neighbours</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the neighbour table as CSV</source>
            <translation>Save the neighbour table as CSV</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Type a word, a phrase or #id</source>
            <translation>Type a word, a phrase or #id</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An analogy needs three words: a, b, c</source>
            <translation>An analogy needs three words: a, b, c</translation>
        </message>
        <message>
            <location line="+16" />
            <source>a, b, c   e.g. king, man, woman</source>
            <translation>a, b, c   e.g. king, man, woman</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a word, a phrase or #id</source>
            <translation>a word, a phrase or #id</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Three words a, b, c: the tokens nearest to a − b + c</source>
            <translation>Three words a, b, c: the tokens nearest to a − b + c</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A word, a phrase (the mean of its tokens' vectors) or #id for one token id</source>
            <translation>A word, a phrase (the mean of its tokens' vectors) or #id for one token id</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Embedding matrix from the cache in {seconds} s</source>
            <translation>Embedding matrix from the cache in {seconds} s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Embedding matrix read from the model file in {seconds} s</source>
            <translation>Embedding matrix read from the model file in {seconds} s</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — a − b + c tokens: {tokens}.</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — a − b + c tokens: {tokens}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — query tokens: {tokens} (the mean of their vectors).</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — query tokens: {tokens} (the mean of their vectors).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{query}&lt;/b&gt; — query tokens: {tokens}.</source>
            <translation>&lt;b&gt;{query}&lt;/b&gt; — query tokens: {tokens}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nearest of {vocab} tokens in {ms} ms, from {model}.</source>
            <translation>Nearest of {vocab} tokens in {ms} ms, from {model}.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{token} (token #{id}): cosine {cosine}</source>
            <translation>{token} (token #{id}): cosine {cosine}</translation>
        </message>
    </context>
    <context>
        <name>OverviewGrid</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="-127" />
            <source>head</source>
            <translation>head</translation>
        </message>
        <message>
            <location line="+1" />
            <source>layer</source>
            <translation>layer</translation>
        </message>
    </context>
    <context>
        <name>PromptLabPanel</name>
        <message>
            <location filename="../../gui/promptlab/panel.py" line="+102" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confusion</source>
            <translation>Confusion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Examples</source>
            <translation>Examples</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Runs</source>
            <translation>Runs</translation>
        </message>
    </context>
    <context>
        <name>ReliabilityDiagram</name>
        <message>
            <location filename="../../gui/promptlab/charts.py" line="+111" />
            <source>Run a comparison to see how well confidence matches accuracy</source>
            <translation>Run a comparison to see how well confidence matches accuracy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confidence (probability of the predicted label)</source>
            <translation>confidence (probability of the predicted label)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{name} (ECE {ece})</source>
            <translation>{name} (ECE {ece})</translation>
        </message>
    </context>
    <context>
        <name>ResultOrigin</name>
        <message>
            <location filename="../../gui/promptlab/origin.py" line="+37" />
            <source>The model, dataset and seed of the run shown in the tabs below</source>
            <translation>The model, dataset and seed of the run shown in the tabs below</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No run shown yet: each result is marked with the model that made it.</source>
            <translation>No run shown yet: each result is marked with the model that made it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an unknown model</source>
            <translation>an unknown model</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{dataset}, %n examples, seed {seed}</source>
            <translation>
                <numerusform>{dataset}, %n example, seed {seed}</numerusform>
                <numerusform>{dataset}, %n examples, seed {seed}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Run on {model}: {facts}.</source>
            <translation>Run on {model}: {facts}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From {model} ({facts}); no model is loaded now.</source>
            <translation>From {model} ({facts}); no model is loaded now.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From {model} ({facts}), not the loaded model {loaded}: run again to score with it.</source>
            <translation>From {model} ({facts}), not the loaded model {loaded}: run again to score with it.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model file: {path}</source>
            <translation>Model file: {path}</translation>
        </message>
    </context>
    <context>
        <name>ResultViews</name>
        <message>
            <location filename="../../gui/promptlab/results.py" line="+33" />
            <source>Accuracy</source>
            <translation>Accuracy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of examples whose most probable label is the true one.</source>
            <translation>Share of examples whose most probable label is the true one.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Macro-F1</source>
            <translation>Macro-F1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean over labels of F1 = 2·TP / (2·TP + FP + FN): punishes ignoring a label.</source>
            <translation>Mean over labels of F1 = 2·TP / (2·TP + FP + FN): punishes ignoring a label.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Log-loss</source>
            <translation>Log-loss</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean −ln p(true label): lower is better; confident mistakes cost most.</source>
            <translation>Mean −ln p(true label): lower is better; confident mistakes cost most.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ECE</source>
            <translation>ECE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected calibration error over 10 confidence bins: Σ (n_b/N)·|accuracy_b − confidence_b|.</source>
            <translation>Expected calibration error over 10 confidence bins: Σ (n_b/N)·|accuracy_b − confidence_b|.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{name} predicts '{label}' for {count} of {total} examples: no better than always answering it (accuracy {always}).</source>
            <translation>{name} predicts '{label}' for {count} of {total} examples: no better than always answering it (accuracy {always}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} predicts '{label}' for {count} of {total} examples: close to always answering it (accuracy {accuracy}, always '{label}' {always}).</source>
            <translation>{name} predicts '{label}' for {count} of {total} examples: close to always answering it (accuracy {accuracy}, always '{label}' {always}).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{name} scores {accuracy}: no better than always answering '{label}' ({majority}).</source>
            <translation>{name} scores {accuracy}: no better than always answering '{label}' ({majority}).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>; tied with {labels}</source>
            <translation>; tied with {labels}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Always answering the most frequent true label of these {total} examples ('{label}', {count} of {total}{tied}). A prompt that does not beat this has learnt nothing about the task.</source>
            <translation>Always answering the most frequent true label of these {total} examples ('{label}', {count} of {total}{tied}). A prompt that does not beat this has learnt nothing about the task.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A label picked at random: right once in {labels} on average.</source>
            <translation>A label picked at random: right once in {labels} on average.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>baseline: always '{label}'</source>
            <translation>baseline: always '{label}'</translation>
        </message>
        <message>
            <location line="+14" />
            <source>baseline: chance (1 of {labels})</source>
            <translation>baseline: chance (1 of {labels})</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Predicted: {counts}</source>
            <translation>Predicted: {counts}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seconds</source>
            <translation>Seconds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shots</source>
            <translation>Shots</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Read the metrics against the baselines: a prompt that predicts one label for nearly every
example scores that label's share, whatever it says</source>
            <translation>Read the metrics against the baselines: a prompt that predicts one label for nearly every
example scores that label's share, whatever it says</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Higher is better for accuracy and macro-F1; lower is better for ECE</source>
            <translation>Higher is better for accuracy and macro-F1; lower is better for ECE</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Each point is a confidence bin (dot size = examples in it). On the dashed diagonal the model is right as often as it is confident; below it, over-confident.</source>
            <translation>Each point is a confidence bin (dot size = examples in it). On the dashed diagonal the model is right as often as it is confident; below it, over-confident.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Rows: true label; columns: predicted label; the diagonal is correct</source>
            <translation>Rows: true label; columns: predicted label; the diagonal is correct</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>&lt;b&gt;{name}&lt;/b&gt;: shot order over %n seeds, accuracy {low}–{high} (std {std})</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: shot order over %n seed, accuracy {low}–{high} (std {std})</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: shot order over %n seeds, accuracy {low}–{high} (std {std})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;b&gt;{name}&lt;/b&gt; without shot {shot} ({label}): {accuracy} ({delta})</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; without shot {shot} ({label}): {accuracy} ({delta})</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <location filename="../../gui/promptlab/run_controls.py" line="+33" />
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Chooses and orders the shots: the same seed gives the same numbers</source>
            <translation>Chooses and orders the shots: the same seed gives the same numbers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Score only the first N examples (shots are then drawn from the others)</source>
            <translation>Score only the first N examples (shots are then drawn from the others)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Few-shot: also score with the same shots in N shuffled orders</source>
            <translation>Few-shot: also score with the same shots in N shuffled orders</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave one out</source>
            <translation>Leave one out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Few-shot: also score with each shot removed in turn</source>
            <translation>Few-shot: also score with each shot removed in turn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Run comparison</source>
            <translation>Run comparison</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Load a model first: the comparison scores labels with the loaded model.</source>
            <translation>Load a model first: the comparison scores labels with the loaded model.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot run: {error}</source>
            <translation>Cannot run: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a template to compare.</source>
            <translation>Add a template to compare.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Scoring…</source>
            <translation>Scoring…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Done: %n examples on {model}.</source>
            <translation>
                <numerusform>Done: %n example on {model}.</numerusform>
                <numerusform>Done: %n examples on {model}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The comparison failed: {message}</source>
            <translation>The comparison failed: {message}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No model loaded: load one in the model bar, then run the comparison.</source>
            <translation>No model loaded: load one in the model bar, then run the comparison.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ready: each label of each example is scored by the loaded model.</source>
            <translation>Ready: each label of each example is scored by the loaded model.</translation>
        </message>
    </context>
    <context>
        <name>SamplingForm</name>
        <message>
            <location filename="../../gui/chat/settings_form.py" line="+50" />
            <source>Optional: instructions the model sees before the chat</source>
            <translation>Optional: instructions the model sees before the chat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The system message is placed first by the model's chat template. It steers tone and role.</source>
            <translation>The system message is placed first by the model's chat template. It steers tone and role.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A chat template may write text the model reads but you did not type. This one writes a system prompt whenever the conversation has none.</source>
            <translation>A chat template may write text the model reads but you did not type. This one writes a system prompt whenever the conversation has none.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Temperature divides the logits: below 1 sharpens the distribution, above 1 flattens it; 0 always takes the top token.</source>
            <translation>Temperature divides the logits: below 1 sharpens the distribution, above 1 flattens it; 0 always takes the top token.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top-k keeps only the k most probable tokens (0 = off).</source>
            <translation>Top-k keeps only the k most probable tokens (0 = off).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Top-p (nucleus) keeps the most probable tokens until their cumulative probability reaches p (1 = off).</source>
            <translation>Top-p (nucleus) keeps the most probable tokens until their cumulative probability reaches p (1 = off).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Min-p drops tokens less probable than p × the top token's probability (0 = off).</source>
            <translation>Min-p drops tokens less probable than p × the top token's probability (0 = off).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The reply stops after this many tokens.</source>
            <translation>The reply stops after this many tokens.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>random</source>
            <translation>random</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same seed, prompt and settings give the same reply.</source>
            <translation>The same seed, prompt and settings give the same reply.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;System prompt&lt;/b&gt;</source>
            <translation>&lt;b&gt;System prompt&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;Sampling&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sampling&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Temperature</source>
            <translation>Temperature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top-k</source>
            <translation>Top-k</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top-p</source>
            <translation>Top-p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min-p</source>
            <translation>Min-p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max tokens</source>
            <translation>Max tokens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chain order: top-k → top-p → min-p → temperature (llama.cpp's default).</source>
            <translation>Chain order: top-k → top-p → min-p → temperature (llama.cpp's default).</translation>
        </message>
    </context>
    <context>
        <name>SamplingPanel</name>
        <message>
            <location filename="../../gui/sampling/panel.py" line="+72" />
            <source>The chosen path: click a token to go back to that step</source>
            <translation>The chosen path: click a token to go back to that step</translation>
        </message>
        <message>
            <location line="+27" />
            <source>A prompt, e.g. “Recife é uma” — then Start</source>
            <translation>A prompt, e.g. “Recife é uma” — then Start</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Chat template</source>
            <translation>Chat template</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wrap the prompt as a user message in the model's chat template</source>
            <translation>Wrap the prompt as a user message in the model's chat template</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the model for the distribution after the prompt</source>
            <translation>Ask the model for the distribution after the prompt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step: sample</source>
            <translation>Step: sample</translation>
        </message>
        <message>
            <location line="+2" />
            <source>◂ Back</source>
            <translation>◂ Back</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many tokens Run samples, one step at a time</source>
            <translation>How many tokens Run samples, one step at a time</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Seed of the sampling: same seed, same draws</source>
            <translation>Seed of the sampling: same seed, same draws</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inside ▸</source>
            <translation>Inside ▸</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Look inside the model at this step: each layer's guess (logit lens) and which words pushed the chosen token, or the most probable one (attribution)</source>
            <translation>Look inside the model at this step: each layer's guess (logit lens) and which words pushed the chosen token, or the most probable one (attribution)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>seed</source>
            <translation>seed</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The chain behind every number marked “after the chain”, in its order</source>
            <translation>The chain behind every number marked “after the chain”, in its order</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cumulative (top-p)</source>
            <translation>Cumulative (top-p)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Temperature sweep</source>
            <translation>Temperature sweep</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Normalise</source>
            <translation>Normalise</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Divide every probability by their sum, so that they sum to 1</source>
            <translation>Divide every probability by their sum, so that they sum to 1</translation>
        </message>
        <message>
            <location line="+56" />
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Log scale</source>
            <translation>Log scale</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a word, e.g. “ cidade”, then Enter</source>
            <translation>a word, e.g. “ cidade”, then Enter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Follow any text at every step, in the last rows of the table; a word the model splits into pieces gets the probability of the whole word (the product along its pieces)</source>
            <translation>Follow any text at every step, in the last rows of the table; a word the model splits into pieces gets the probability of the whole word (the product along its pieces)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Bars</source>
            <translation>Bars</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+5" />
            <source>Sample</source>
            <translation>Sample</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw from the distribution after the chain (seeded); compare with the bars</source>
            <translation>Draw from the distribution after the chain (seeded); compare with the bars</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Start a prompt on a model first: a made-up distribution has no layers to look into</source>
            <translation>Start a prompt on a model first: a made-up distribution has no layers to look into</translation>
        </message>
    </context>
    <context>
        <name>SavedRuns</name>
        <message>
            <location filename="../../gui/promptlab/runs.py" line="+55" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dataset</source>
            <translation>Dataset</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Accuracy per template</source>
            <translation>Accuracy per template</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Every finished comparison is saved here; double-click to reopen it</source>
            <translation>Every finished comparison is saved here; double-click to reopen it</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export {format}…</source>
            <translation>Export {format}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The shown run: one row per example and template</source>
            <translation>The shown run: one row per example and template</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The shown run: everything</source>
            <translation>The shown run: everything</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to export yet: run a comparison or open a saved run.</source>
            <translation>Nothing to export yet: run a comparison or open a saved run.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export run</source>
            <translation>Export run</translation>
        </message>
    </context>
    <context>
        <name>ScoreLayout</name>
        <message>
            <location filename="../../gui/scoring/layout.py" line="+30" />
            <source>Hover a token for its probability, rank and the alternatives the model expected</source>
            <translation>Hover a token for its probability, rank and the alternatives the model expected</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Teacher forcing: the model reads the text and, at every token, says how probable that token was given everything before it (Ctrl+Return)</source>
            <translation>Teacher forcing: the model reads the text and, at every token, says how probable that token was given everything before it (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Read the text A with the loaded model (A) and with model B. Same vocabulary: KL(P_A ‖ P_B) over the whole vocabulary at every token; different vocabularies: surprisal per word</source>
            <translation>Read the text A with the loaded model (A) and with model B. Same vocabulary: KL(P_A ‖ P_B) over the whole vocabulary at every token; different vocabularies: surprisal per word</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write a lower-precision copy of the loaded model with llama.cpp's own quantizer into Lanterna's cache folder, then compare the model with it (a few seconds for the packaged models)</source>
            <translation>Write a lower-precision copy of the loaded model with llama.cpp's own quantizer into Lanterna's cache folder, then compare the model with it (a few seconds for the packaged models)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Paste or type a text to score…</source>
            <translation>Paste or type a text to score…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: a second text, scored side by side</source>
            <translation>Optional: a second text, scored side by side</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open text…</source>
            <translation>Open text…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>alternatives </source>
            <translation>alternatives </translation>
        </message>
        <message>
            <location line="+2" />
            <source>How many of the model's most probable tokens to list for each position</source>
            <translation>How many of the model's most probable tokens to list for each position</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shade by surprisal</source>
            <translation>Shade by surprisal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shade by rank (GLTR)</source>
            <translation>Shade by rank (GLTR)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Surprisal −log₂ P on a viridis scale, or GLTR's rank buckets: top 10 / 100 / 1,000 / beyond</source>
            <translation>Surprisal −log₂ P on a viridis scale, or GLTR's rank buckets: top 10 / 100 / 1,000 / beyond</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open GGUF…</source>
            <translation>Open GGUF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model B, compared with the loaded model A</source>
            <translation>Model B, compared with the loaded model A</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make a smaller copy</source>
            <translation>Make a smaller copy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare models</source>
            <translation>Compare models</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the tokens</source>
            <translation>Export the tokens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export everything shown</source>
            <translation>Export everything shown</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the chart</source>
            <translation>Export the chart</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Statistic</source>
            <translation>Statistic</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Score any text</source>
            <translation>Score any text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type or paste a text and press &lt;b&gt;Score&lt;/b&gt;: every token is shaded by how surprised the model was (surprisal = −log₂ P, in bits), with the text's log-likelihood, cross-entropy and perplexity. Add a second text to compare the two side by side, or &lt;b&gt;Compare models&lt;/b&gt; to read the text with two models (for example the loaded model and its own Q2_K copy).</source>
            <translation>Type or paste a text and press &lt;b&gt;Score&lt;/b&gt;: every token is shaded by how surprised the model was (surprisal = −log₂ P, in bits), with the text's log-likelihood, cross-entropy and perplexity. Add a second text to compare the two side by side, or &lt;b&gt;Compare models&lt;/b&gt; to read the text with two models (for example the loaded model and its own Q2_K copy).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Text A</source>
            <translation>Text A</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text B</source>
            <translation>Text B</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Model B</source>
            <translation>Model B</translation>
        </message>
    </context>
    <context>
        <name>ScorePanel</name>
        <message>
            <location filename="../../gui/scoring/panel.py" line="+73" />
            <source>Type a text to score</source>
            <translation>Type a text to score</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Load a model to score a text</source>
            <translation>Load a model to score a text</translation>
        </message>
        <message>
            <location line="+13" />
            <source>scoring text {side}…</source>
            <translation>scoring text {side}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load a model to compare models</source>
            <translation>Load a model to compare models</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose model B first</source>
            <translation>Choose model B first</translation>
        </message>
        <message>
            <location line="+9" />
            <source>comparing the two models…</source>
            <translation>comparing the two models…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load a model to make a smaller copy of it</source>
            <translation>Load a model to make a smaller copy of it</translation>
        </message>
        <message>
            <location line="+4" />
            <source>quantizing with llama.cpp…</source>
            <translation>quantizing with llama.cpp…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open a text</source>
            <translation>Open a text</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text (*.txt *.md);;All files (*)</source>
            <translation>Text (*.txt *.md);;All files (*)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Model B</source>
            <translation>Model B</translation>
        </message>
        <message>
            <location line="+0" />
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF models (*.gguf)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Scoring stopped: {message}</source>
            <translation>Scoring stopped: {message}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{model} {type} (copy)</source>
            <translation>{model} {type} (copy)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Smaller copy ready: {type}, {size} MiB — {path}</source>
            <translation>Smaller copy ready: {type}, {size} MiB — {path}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That result came from a model that is no longer loaded; it is not shown</source>
            <translation>That result came from a model that is no longer loaded; it is not shown</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The model changed: score again to see this model's numbers.</source>
            <translation>The model changed: score again to see this model's numbers.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Scored by {model} (teacher forcing: the text is given, not generated)</source>
            <translation>Scored by {model} (teacher forcing: the text is given, not generated)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;Text {side}&lt;/b&gt;: {totals}</source>
            <translation>&lt;b&gt;Text {side}&lt;/b&gt;: {totals}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A = {model_a} (loaded), B = {model_b}: {reason}</source>
            <translation>A = {model_a} (loaded), B = {model_b}: {reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source> — compared word by word (surprisal summed over each word's tokens)</source>
            <translation> — compared word by word (surprisal summed over each word's tokens)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Shade: |surprisal B − surprisal A| per word, 0 bits (bright) to 8+ bits (dark)</source>
            <translation>Shade: |surprisal B − surprisal A| per word, 0 bits (bright) to 8+ bits (dark)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Shade: KL(P_A ‖ P_B) per token, 0 (bright) to {top} nats (dark); &lt;u&gt;&lt;b&gt;underlined&lt;/b&gt;&lt;/u&gt;: the two models' top token differs there</source>
            <translation>Shade: KL(P_A ‖ P_B) per token, 0 (bright) to {top} nats (dark); &lt;u&gt;&lt;b&gt;underlined&lt;/b&gt;&lt;/u&gt;: the two models' top token differs there</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>&lt;b&gt;%n&lt;/b&gt; word(s) on text A</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; word on text A</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; words on text A</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>&lt;b&gt;%n&lt;/b&gt; token(s) on text A</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; token on text A</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; tokens on text A</numerusform>
            </translation>
        </message>
        <message>
            <location line="+28" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
    </context>
    <context>
        <name>ScoreTexts</name>
        <message>
            <location filename="../../gui/scoring/texts.py" line="+18" />
            <source>top 10</source>
            <translation>top 10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top 100</source>
            <translation>top 100</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top 1,000</source>
            <translation>top 1,000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>beyond 1,000</source>
            <translation>beyond 1,000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the first token: nothing comes before it, so the model gives it no probability</source>
            <translation>the first token: nothing comes before it, so the model gives it no probability</translation>
        </message>
        <message>
            <location line="+5" />
            <source>likelihood L = Π P(tᵢ | t₍&amp;lt;i₎) · log-likelihood ln L = Σ ln P(tᵢ | t₍&amp;lt;i₎) · cross-entropy H = −(1/N) Σ log₂ P(tᵢ | t₍&amp;lt;i₎) bits/token · perplexity PPL = 2&lt;sup&gt;H&lt;/sup&gt;</source>
            <translation>likelihood L = Π P(tᵢ | t₍&amp;lt;i₎) · log-likelihood ln L = Σ ln P(tᵢ | t₍&amp;lt;i₎) · cross-entropy H = −(1/N) Σ log₂ P(tᵢ | t₍&amp;lt;i₎) bits/token · perplexity PPL = 2&lt;sup&gt;H&lt;/sup&gt;</translation>
        </message>
        <message>
            <location line="+89" />
            <source>P = {p} · ln P = {logprob} · surprisal −log₂ P = {bits} bits</source>
            <translation>P = {p} · ln P = {logprob} · surprisal −log₂ P = {bits} bits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rank {rank} of the whole vocabulary ({bucket}) · entropy of this step {entropy} bits</source>
            <translation>rank {rank} of the whole vocabulary ({bucket}) · entropy of this step {entropy} bits</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the model expected: {others}</source>
            <translation>the model expected: {others}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing to score: a text needs at least two tokens.</source>
            <translation>Nothing to score: a text needs at least two tokens.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{count}&lt;/b&gt; tokens scored (of {total}; the first is context only)</source>
            <translation>&lt;b&gt;{count}&lt;/b&gt; tokens scored (of {total}; the first is context only)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>L = Π P = &lt;b&gt;{likelihood}&lt;/b&gt; · ln L = Σ ln P = &lt;b&gt;{ll}&lt;/b&gt; · H = −ln L / (N ln 2) = &lt;b&gt;{h}&lt;/b&gt; bits/token · PPL = 2&lt;sup&gt;H&lt;/sup&gt; = &lt;b&gt;{ppl}&lt;/b&gt;</source>
            <translation>L = Π P = &lt;b&gt;{likelihood}&lt;/b&gt; · ln L = Σ ln P = &lt;b&gt;{ll}&lt;/b&gt; · H = −ln L / (N ln 2) = &lt;b&gt;{h}&lt;/b&gt; bits/token · PPL = 2&lt;sup&gt;H&lt;/sup&gt; = &lt;b&gt;{ppl}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>window {window} tokens, stride {stride} ({count} window(s))</source>
            <translation>window {window} tokens, stride {stride} ({count} window(s))</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rank of the token in the model's distribution: {buckets}</source>
            <translation>Rank of the token in the model's distribution: {buckets}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Surprisal in bits (−log₂ P; 16+ darkest): {scale}</source>
            <translation>Surprisal in bits (−log₂ P; 16+ darkest): {scale}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not scored by both models</source>
            <translation>not scored by both models</translation>
        </message>
        <message>
            <location line="+7" />
            <source> (the word's probability: the product over its tokens)</source>
            <translation> (the word's probability: the product over its tokens)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>same top token</source>
            <translation>same top token</translation>
        </message>
        <message>
            <location line="+2" />
            <source>top token flips: A {a} → B {b}</source>
            <translation>top token flips: A {a} → B {b}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>KL(P_A ‖ P_B) = {kl} nats over the whole vocabulary</source>
            <translation>KL(P_A ‖ P_B) = {kl} nats over the whole vocabulary</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mean KL(A ‖ B), nats</source>
            <translation>Mean KL(A ‖ B), nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median KL, nats</source>
            <translation>Median KL, nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>99 % KL, nats</source>
            <translation>99 % KL, nats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same top token</source>
            <translation>Same top token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PPL of A</source>
            <translation>PPL of A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PPL of B</source>
            <translation>PPL of B</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean Δp = p_B − p_A</source>
            <translation>Mean Δp = p_B − p_A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>RMS Δp</source>
            <translation>RMS Δp</translation>
        </message>
        <message>
            <location line="+3" />
            <source>token</source>
            <translation>token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>word</source>
            <translation>word</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Perplexity per</source>
            <translation>Perplexity per</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Δp max</source>
            <translation>Δp max</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Δp min</source>
            <translation>Δp min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Δp {point} %</source>
            <translation>Δp {point} %</translation>
        </message>
    </context>
    <context>
        <name>SectionHeatmap</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="+61" />
            <source>from section</source>
            <translation>from section</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to section</source>
            <translation>to section</translation>
        </message>
        <message>
            <location line="+1" />
            <source>share of weight</source>
            <translation>share of weight</translation>
        </message>
    </context>
    <context>
        <name>SetupColumn</name>
        <message>
            <location filename="../../gui/promptlab/setup_column.py" line="+48" />
            <source>Dataset</source>
            <translation>Dataset</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Labelled examples: built-in sets, or a CSV / JSONL file with text,label</source>
            <translation>Labelled examples: built-in sets, or a CSV / JSONL file with text,label</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open file…</source>
            <translation>Open file…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A .csv or .jsonl file with 'text' and 'label' columns</source>
            <translation>A .csv or .jsonl file with 'text' and 'label' columns</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The examples; the row number is the example's index (0-based in the CLI)</source>
            <translation>The examples; the row number is the example's index (0-based in the CLI)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stored label</source>
            <translation>Stored label</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Label word scored</source>
            <translation>Label word scored</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The text the model is asked to continue with for each label. Mind the leading space:
after 'Sentiment:' the model writes ' Positive', one token, not 'Positive'.</source>
            <translation>The text the model is asked to continue with for each label. Mind the leading space:
after 'Sentiment:' the model writes ' Positive', one token, not 'Positive'.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Zero-shot</source>
            <translation>Zero-shot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Few-shot</source>
            <translation>Few-shot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain-of-thought</source>
            <translation>Chain-of-thought</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{kind}, chat template</source>
            <translation>{kind}, chat template</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add another prompt to compare (the × on a tab removes it)</source>
            <translation>Add another prompt to compare (the × on a tab removes it)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Defaults</source>
            <translation>Defaults</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back to the zero-shot and 4-shot templates for this dataset</source>
            <translation>Back to the zero-shot and 4-shot templates for this dataset</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Open dataset</source>
            <translation>Open dataset</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Datasets (*.csv *.jsonl *.tsv)</source>
            <translation>Datasets (*.csv *.jsonl *.tsv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot use this file: {error}</source>
            <translation>Cannot use this file: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Dataset: %n examples · {counts}</source>
            <translation>
                <numerusform>Dataset: %n example · {counts}</numerusform>
                <numerusform>Dataset: %n examples · {counts}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>choose a dataset first</source>
            <translation>choose a dataset first</translation>
        </message>
        <message>
            <location line="+39" />
            <source>template</source>
            <translation>template</translation>
        </message>
    </context>
    <context>
        <name>SimilarityHeatmap</name>
        <message>
            <location filename="../../gui/embeddings/charts.py" line="-143" />
            <source>cosine</source>
            <translation>cosine</translation>
        </message>
        <message>
            <location line="+35" />
            <source>T{row} vs T{column}: cosine {value}</source>
            <translation>T{row} vs T{column}: cosine {value}</translation>
        </message>
    </context>
    <context>
        <name>SimilarityView</name>
        <message>
            <location filename="../../gui/embeddings/similarity_view.py" line="+23" />
            <source>Each text becomes one vector: the mean of its tokens' hidden states at the chosen layer (BOS left out). The hidden states of a model share a common direction, so every value is high: compare the cells with each other, not with 0.</source>
            <translation>Each text becomes one vector: the mean of its tokens' hidden states at the chosen layer (BOS left out). The hidden states of a model share a common direction, so every value is high: compare the cells with each other, not with 0.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&lt;b&gt;Texts&lt;/b&gt; (one per line)</source>
            <translation>&lt;b&gt;Texts&lt;/b&gt; (one per line)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two to twelve texts, one per line</source>
            <translation>Two to twelve texts, one per line</translation>
        </message>
        <message>
            <location line="+6" />
            <source>last layer</source>
            <translation>last layer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>layer </source>
            <translation>layer </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whose hidden states to average: 0 = after the first block, 'last layer' = the top</source>
            <translation>Whose hidden states to average: 0 = after the first block, 'last layer' = the top</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compute every pair's cosine similarity</source>
            <translation>Compute every pair's cosine similarity</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Hover a cell for the two texts and their cosine</source>
            <translation>Hover a cell for the two texts and their cosine</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give at least two texts, one per line</source>
            <translation>Give at least two texts, one per line</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{model}, layer {layer} of 0–{last}:</source>
            <translation>{model}, layer {layer} of 0–{last}:</translation>
        </message>
    </context>
    <context>
        <name>SweepChart</name>
        <message>
            <location filename="../../gui/sampling/sweep.py" line="+13" />
            <source>Start a prompt or pick a lesson to see how temperature reshapes the distribution</source>
            <translation>Start a prompt or pick a lesson to see how temperature reshapes the distribution</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entropy after the chain</source>
            <translation>entropy after the chain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>top-1 probability after the chain</source>
            <translation>top-1 probability after the chain</translation>
        </message>
        <message>
            <location line="+3" />
            <source>temperature</source>
            <translation>temperature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>entropy after the chain (bits)</source>
            <translation>entropy after the chain (bits)</translation>
        </message>
    </context>
    <context>
        <name>TargetChart</name>
        <message>
            <location filename="../../gui/inside/grid.py" line="+40" />
            <source>The target's probability across layers appears here</source>
            <translation>The target's probability across layers appears here</translation>
        </message>
        <message>
            <location line="+5" />
            <source>layer</source>
            <translation>layer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>probability</source>
            <translation>probability</translation>
        </message>
        <message>
            <location line="+22" />
            <source>top token's p</source>
            <translation>top token's p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>after {token} (position {position})</source>
            <translation>after {token} (position {position})</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <location filename="../../gui/promptlab/template_editor.py" line="+62" />
            <source>Shown in the tables and charts</source>
            <translation>Shown in the tables and charts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chat template</source>
            <translation>Chat template</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wrap the text in the model's chat template, as a user message; the answer prefix then
opens the assistant's reply</source>
            <translation>Wrap the text in the model's chat template, as a user message; the answer prefix then
opens the assistant's reply</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The prompt. {input} is the example, {examples} the shots, {labels} the label words.
Everything before the line holding {input} is shared by all examples, so it is evaluated once.</source>
            <translation>The prompt. {input} is the example, {examples} the shots, {labels} the label words.
Everything before the line holding {input} is shared by all examples, so it is evaluated once.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many labelled examples to show, balanced over labels and drawn with the seed</source>
            <translation>How many labelled examples to show, balanced over labels and drawn with the seed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>drawn with the seed</source>
            <translation>drawn with the seed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Example numbers (0-based, comma-separated) to use as shots, in this order</source>
            <translation>Example numbers (0-based, comma-separated) to use as shots, in this order</translation>
        </message>
        <message>
            <location line="+4" />
            <source>How one shot reads: {input} and {label} (the label word); \n = new line</source>
            <translation>How one shot reads: {input} and {label} (the label word); \n = new line</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Between shots; \n = new line</source>
            <translation>Between shots; \n = new line</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shots</source>
            <translation>Shots</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Picked</source>
            <translation>Picked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shot</source>
            <translation>Shot</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Separator</source>
            <translation>Separator</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Greedy tokens of reasoning at most, before the answer cue is appended</source>
            <translation>Greedy tokens of reasoning at most, before the answer cue is appended</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reasoning</source>
            <translation>Reasoning</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Appended after the (wrapped) text, e.g. 'Sentiment:' for a chat model</source>
            <translation>Appended after the (wrapped) text, e.g. 'Sentiment:' for a chat model</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer prefix</source>
            <translation>Answer prefix</translation>
        </message>
    </context>
    <context>
        <name>TemplateWatcher</name>
        <message>
            <location filename="../../gui/chat/model_notes.py" line="+72" />
            <source>&lt;b&gt;{model} is a base model&lt;/b&gt;: it has no chat template, so it continues a transcript (“User: … Assistant: …”) rather than chatting. Its reply ends where it starts to write the next “User:” line.</source>
            <translation>&lt;b&gt;{model} is a base model&lt;/b&gt;: it has no chat template, so it continues a transcript (“User: … Assistant: …”) rather than chatting. Its reply ends where it starts to write the next “User:” line.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The chat template of {model} adds a system prompt while this box is empty: “{system}”. The model reads it before your messages; write your own to replace it.</source>
            <translation>The chat template of {model} adds a system prompt while this box is empty: “{system}”. The model reads it before your messages; write your own to replace it.</translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <location filename="../../gui/sampling/timeline.py" line="+14" />
            <source>Generate a reply to follow entropy and confidence step by step</source>
            <translation>Generate a reply to follow entropy and confidence step by step</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entropy before the chain</source>
            <translation>entropy before the chain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chosen token's probability before the chain</source>
            <translation>chosen token's probability before the chain</translation>
        </message>
        <message>
            <location line="+3" />
            <source>generation step</source>
            <translation>generation step</translation>
        </message>
        <message>
            <location line="+1" />
            <source>entropy before the chain (bits)</source>
            <translation>entropy before the chain (bits)</translation>
        </message>
    </context>
    <context>
        <name>TokenList</name>
        <message>
            <location filename="../../gui/attention/token_list.py" line="+23" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The weight the selected token (bold) gives this one; empty for the tokens after it, which it cannot see</source>
            <translation>The weight the selected token (bold) gives this one; empty for the tokens after it, which it cannot see</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Find a token…</source>
            <translation>Find a token…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show only the tokens whose text contains this (· stands for a space)</source>
            <translation>Show only the tokens whose text contains this (· stands for a space)</translation>
        </message>
    </context>
    <context>
        <name>TokenTrack</name>
        <message>
            <location filename="../../gui/scoring/charts.py" line="+12" />
            <source>Score a text to see each token's surprisal here</source>
            <translation>Score a text to see each token's surprisal here</translation>
        </message>
        <message>
            <location line="+26" />
            <source>surprisal (bits)</source>
            <translation>surprisal (bits)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>surprisal −log₂ P, bits</source>
            <translation>surprisal −log₂ P, bits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>text B, same position</source>
            <translation>text B, same position</translation>
        </message>
        <message>
            <location line="+5" />
            <source>KL(A ‖ B), nats</source>
            <translation>KL(A ‖ B), nats</translation>
        </message>
        <message>
            <location line="+3" />
            <source>KL per token</source>
            <translation>KL per token</translation>
        </message>
        <message>
            <location line="+0" />
            <source>top token flips</source>
            <translation>top token flips</translation>
        </message>
        <message>
            <location line="+6" />
            <source>surprisal per word (bits)</source>
            <translation>surprisal per word (bits)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>model A</source>
            <translation>model A</translation>
        </message>
        <message>
            <location line="+0" />
            <source>model B</source>
            <translation>model B</translation>
        </message>
    </context>
    <context>
        <name>TranscriptView</name>
        <message>
            <location filename="../../gui/chat/transcript.py" line="+23" />
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
        <message>
            <location line="+2" />
            <source>interrupted: the engine stopped during this reply</source>
            <translation>interrupted: the engine stopped during this reply</translation>
        </message>
        <message>
            <location line="+2" />
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <location line="+51" />
            <source>&lt;i&gt;removed by {stage}&lt;/i&gt;</source>
            <translation>&lt;i&gt;removed by {stage}&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;p&gt;&lt;b&gt;Step {step}&lt;/b&gt;: chose &lt;code&gt;{token}&lt;/code&gt; with p = {prob} (rank {rank})&lt;br&gt;after the sampling chain: {prob_after} · entropy {entropy} bits&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Step {step}&lt;/b&gt;: chose &lt;code&gt;{token}&lt;/code&gt; with p = {prob} (rank {rank})&lt;br&gt;after the sampling chain: {prob_after} · entropy {entropy} bits&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&lt;p&gt;&lt;i&gt;Click the token to continue the reply from another choice.&lt;/i&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;i&gt;Click the token to continue the reply from another choice.&lt;/i&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+90" />
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Assistant</source>
            <translation>Assistant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <location line="+10" />
            <source>branched at token {step}</source>
            <translation>branched at token {step}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>generating…</source>
            <translation>generating…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regenerate</source>
            <translation>Regenerate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
    </context>
    <context>
        <name>ViewMenu</name>
        <message>
            <location filename="../../gui/shell/view_menu.py" line="+40" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy this view as an image</source>
            <translation>Copy this view as an image</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Puts a picture of the shown tab on the clipboard, for slides</source>
            <translation>Puts a picture of the shown tab on the clipboard, for slides</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual size</source>
            <translation>Actual size</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Zoom {percent} %</source>
            <translation>Zoom {percent} %</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{view} copied to the clipboard as an image</source>
            <translation>{view} copied to the clipboard as an image</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+18" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lanterna will speak {language} from its next start.</source>
            <translation>Lanterna will speak {language} from its next start.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restart now? Your chats are saved; the other views keep their inputs.</source>
            <translation>Restart now? Your chats are saved; the other views keep their inputs.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restart now</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>_Heatmap</name>
        <message>
            <location filename="../../gui/attention/charts.py" line="-160" />
            <source>weight</source>
            <translation>weight</translation>
        </message>
    </context>
</TS>
