"""Voices from outside the story that name no AI word (session 35, r19), each read as a CLASS:

- meta-fiction: the character as a part someone plays ("the actor playing me", "I'm only voicing him",
  "わしはAIが演じとる爺さん", "中の人", "我只是扮演这个老头的", "저를 연기하는 배우"): a performer or a model as the
  subject of a verb of playing a part, or the speaker as what is played;
- the speaker as a made thing or its words as its makers' ("I'm just lines of code", "编剧给我设定的", "작가님이 그렇게
  정했어"), unless the card is a robot's or a writer's;
- a shop bot's voice: the words of online selling ("亲，…欢迎扫码下单", "add to cart", "送料無料", "장바구니"), which
  no character of a story says unless its card sells online.

Not when the card makes it the character's own world: a performer's role ("actor", "演员", "役者", "배우") for the
first kind, an online seller's or a service desk's ("customer service", "客服", "网店", "コールセンター", "상담원")
for the second, or the gold answer itself using the word. Knowingly not caught: a plain shopkeeper's welcome
or thanks ("欢迎光临", "いらっしゃいませ", "Thank you for your order", "고객님"), which a shop or a service robot of any
era says; a play within the story ("I played
Hamlet at school")."""

from __future__ import annotations

import re
import unicodedata

from raiden_r1.canon import canonical

from .analysis import Answer
from .matching import PreparedTruth

_PERFORMER = {
    "en": re.compile(r"(?<![a-z])(?:(?:the|an?|some|my|this) (?:actor|actress|performer|voice actor|player|model|ai|bot|writer|"
                     r"author|scriptwriter)|i m (?:just |only |merely |simply )?(?:an? )?(?:actor|actress|performer|voice actor)) "
                     r"(?:who s |who is |that s |currently )?(?:playing|portraying|voicing|plays|portrays|voices|acting as|acting out|"
                     r"pretending to be|behind)(?![a-z])"
                     r"|(?<![a-z])(?:i m|i am) (?:just |only |merely |simply )?(?:playing|portraying|voicing|acting) (?:a|an|the|this|him|her)"
                     r" ?(?:part|role|character|old|young|man|woman|lady|fellow|guy|girl|boy)?(?![a-z])"
                     r"|(?<![a-z])(?:playing|portraying|voicing) (?:me|this (?:part|role|character))(?![a-z])"
                     r"|(?<![a-z])(?:my|the) (?:script|lines|director)(?: says| say| told| tells| gave)(?![a-z])"),
    "zh": re.compile(r"(?:演员|ai|人工智能|模型|程序|配音演员|写手|作者|编剧)(?:在|正在|所)?(?:扮演|饰演|演的|配音|演着)"
                     r"|(?:扮演|饰演)(?:的|着)?(?:我|这个角色|这个人物|这个老头|这个人|的这个)"
                     r"|(?:我|本人|在下|老身|奴家)(?:只是|不过是|就是|其实是|只不过是)?(?:在)?(?:扮演|饰演)"
                     r"|中之人|我的台词|剧本(?:里|上)?(?:写|说)"),
    "ja": re.compile(r"(?:ai|役者|俳優|声優|中の人|モデル|演者|作者|脚本家)(?:さん)?(?:が|の|は)?(?:演じ|演っ|やってる|やっとる)"
                     r"|(?:演じ|演っ)(?:て|と|ちょ)?(?:る|ます|い|お|ん)?\S{0,3}(?:爺さん|婆さん|キャラ|役|人物|わし|私|僕|俺|あたし|おじさん|おばさん)"
                     r"|(?:わし|私|僕|俺|あたし|わたし|自分)(?:を|は)(?:ただ)?(?:演じ|演っ)|中の人|台本(?:に|で|では)(?:書|言)"),
    "ko": re.compile(r"(?:ai|배우|성우|모델|연기자|작가)(?:가|이|는|님이)? ?(?:연기하|연기 중|연기한|맡은 역)"
                     r"|(?:저|나|제|날|절)(?:를|을)? ?연기하|연기하는 (?:캐릭터|인물|역할|할아버지|할머니|사람|나|저)"
                     r"|대본에 (?:쓰|적|나와)"),
}
_PERFORMER_ROLES = ("actor", "actress", "performer", "演员", "戏子", "伶人", "役者", "俳優", "声優", "배우", "성우", "연기자",
                    "player", "戏班", "歌舞伎", "狂言", "劇団", "극단", "theatre", "theater", "drama", "opera", "戏曲")

_SHOP_BOT = {
    # (online selling only: a shop of any era thanks for an order and calls its customers "고객님" or "お客様")
    "en": re.compile(r"(?<![a-z])(?:add (?:it |them )?to (?:your )?cart|free shipping|leave (?:us )?a (?:5 star |five star )?review|"
                     r"(?:place your |put in your )?order online|check ?out now|click the link|tap the link|"
                     r"scan the (?:qr )?code|qr code)(?![a-z])"),
    "zh": re.compile(r"(?:^|[\s，,。！!～~])亲(?=[\s，,～~！!呀哦哈])|下单|扫码|包邮|拍下|加购|收藏店铺|五星好评|购物车|满减|直播间"),
    "ja": re.compile(r"送料無料|カートに|ご購入|星5|qrコード|リンクから"),
    "ko": re.compile(r"장바구니|무료 ?배송|배송비|리뷰 남겨|별점|qr ?코드"),
}
# The speaker as a made thing, or its words as its makers' ("I'm just lines of code", "this old farmer is only a
# simulation", "我这个老板娘是电脑模拟出来的", "编剧给我设定的", "작가님이 그렇게 정했어", "저는 코드 덩어리예요"): an artefact
# noun said of the speaker, or the fiction's makers deciding what it says.
_MADE = {
    "en": re.compile(r"(?<![a-z])(?:i m|i am|this (?:old )?[a-z]+ is|i m not really [a-z ]{1,30}|just|only|merely|nothing but) "
                     r"(?:just |only |merely |really |actually |nothing but )?(?:an? |some )?(?:lines? of code|code|software|simulation|"
                     r"simulated|generated text|text on a screen|a script|data|pixels|a construct)(?![a-z])"
                     r"|(?<![a-z])(?:my|the) (?:writers?|authors?|creators?|developers?|devs|programmers?|designers?|scriptwriters?|"
                     r"screenwriters?) (?:decided|wrote|made|set|gave|chose|programmed|picked|say|says|said)(?![a-z])"),
    "zh": re.compile(r"(?:电脑|计算机|程序|系统|ai)(?:模拟|生成|合成|编)出来的|(?:我|本人|奴家|老身|在下|老夫)(?:只是|不过是|就是|其实是)?(?:一串|一段|一堆)?"
                     r"(?:代码|数据|模拟出来|虚拟|软件)"
                     r"|(?:编剧|作者|开发者|开发者们|程序员|设计师|策划|写手)(?:给我|替我|帮我|为我)?(?:设定|安排|定|写)的?"),
    "ja": re.compile(r"(?:わし|私|わたし|僕|俺|あたし|自分)(?:は|って)(?:ただの|単なる)?(?:コード|データ|プログラム|シミュレーション|ソフトウェア|作り物)"
                     r"|(?:作者|開発者|脚本家|運営|制作陣|ライター)(?:さん)?(?:が|の)(?:決め|設定|書い|作っ)"),
    "ko": re.compile(r"(?:저|나|전|난|제가|내가)(?:는)? ?(?:그냥|단지|사실)? ?(?:코드|데이터|프로그램|시뮬레이션|소프트웨어)"
                     r"|(?:이건|이것은|여긴|여기는) (?:그냥 )?(?:시뮬레이션|가상|게임)"
                     r"|(?:작가|개발자|제작진|대본|각본)(?:님)?(?:이|가|께서|에)? ?(?:그렇게 |이렇게 )?(?:정했|정해|설정|썼|쓰여|나와|대로)"),
}
_MADE_EXEMPT = ("robot", "android", "ai", "program", "software", "computer", "machine", "writer", "author", "novelist",
                "programmer", "developer", "机器人", "程序", "电脑", "人工智能", "作家", "作者", "编剧", "程序员", "开发",
                "ロボット", "アンドロイド", "プログラム", "作家", "脚本家", "開発", "로봇", "안드로이드", "프로그램", "작가",
                "개발자", "기체", "本机", "本機", "this unit")
_ONLINE_ROLES = ("customer service", "online", "e-commerce", "ecommerce", "call centre", "call center", "influencer", "streamer",
                 "客服", "网店", "电商", "淘宝", "主播", "带货", "直播", "网购", "微商", "代购", "外卖", "快递",
                 "ネット", "通販", "コールセンター", "配信", "ライバー", "カスタマー",
                 "상담원", "쇼핑몰", "온라인", "고객센터", "콜센터", "유튜버", "스트리머", "택배", "배달")


def _nfkc(raw: str) -> str:
    return unicodedata.normalize("NFKC", raw).lower()


def stage_voice(ans: Answer, prep: PreparedTruth) -> str | None:
    """Why the answer speaks from outside the story (meta-fiction or a shop bot), or None."""
    lang = ans.language if ans.language in _PERFORMER else "en"
    # (Japanese read as written, NFKC: the normaliser writes katakana as hiragana and 爺 as 爷)
    # (Chinese without the normaliser's spaces: "奴家 不过是扮演")
    text = _nfkc(ans.raw) if lang == "ja" else ans.canon.replace(" ", "") if lang == "zh" else ans.canon
    role = f" {canonical(prep.truth.role)} " if prep.truth.role else ""
    for table, roles, what in ((_PERFORMER, _PERFORMER_ROLES, "the character as a part played"),
                               (_SHOP_BOT, _ONLINE_ROLES, "a shop bot's voice"),
                               (_MADE, _MADE_EXEMPT, "the character as a made thing")):
        for pat, view in ((table[lang], text), (table["en"], ans.canon)):
            m = pat.search(view)
            if m is None or m.group(0).strip(" ，,。！!～~") in prep.answer_norm or \
                    m.group(0).strip(" ，,。！!～~") in _nfkc(prep.truth.answer or "") or \
                    any(k and (k in m.group(0) or m.group(0).strip() in k) for k in prep.keyword_norms):
                continue  # (the gold answer's own words, or a keyword: a dog may be called ポチ)
            # (a robot's or a writer's own world: its role, or its gold answer or question, says so)
            scope = role if table is not _MADE else f" {role} {prep.answer_norm} {prep.question_norm} {canonical(prep.truth.self_word or '')} "
            if any((f" {r} " in scope) if r.isascii() else (r in scope) for r in roles):
                continue
            return f"out of character ({what}: '{m.group(0).strip()}')"
    return None
