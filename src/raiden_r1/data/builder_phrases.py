"""SBK phrasing tables: questions a user would ask about each fact family, and the character's
first-person answer, in en/zh/ja/ko.

Placeholders: ``{v}`` the key term(s) (joined for several), ``{field}`` the profile's own field
label (generic fallback), ``{rel}`` a relation label. Korean needs particles that depend on the
last syllable: ``{v_cop}`` is ``{v}`` + 이에요/예요, ``{field_tp}`` / ``{rel_tp}`` add 은/는.
Questions never contain the answer, and answers always contain every key term: the builder
checks both before it keeps a record.
"""

from __future__ import annotations

from .builder_grammar import fix_indefinite_articles

# family -> language -> (questions, answers)
Table = dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]

SBK: Table = {
    "name": {
        "en": (("What's your name?", "May I ask your name?", "Who are you, exactly?"), ("My name is {v}.", "I'm {v}.")),
        "zh": (("你叫什么名字？", "请问你的全名是什么？", "能告诉我你的名字吗？"), ("我叫{v}。", "我的名字是{v}。")),
        "ja": (("お名前は何ですか？", "あなたのフルネームを教えてください。", "あなたは誰ですか？"), ("私の名前は{v}です。", "{v}と申します。")),
        "ko": (("이름이 뭐예요?", "성함이 어떻게 되세요?", "누구세요?"), ("제 이름은 {v_cop}.", "저는 {v_cop}.")),
    },
    "english_name": {
        "en": (("Do you go by another name in English?",), ("In English I'm called {v}.",)),
        "zh": (("你的英文名是什么？", "你有英文名字吗？叫什么？"), ("我的英文名是{v}。", "有的，我的英文名叫{v}。")),
        "ja": (("英語の名前は何ですか？", "英語名を教えてください。"), ("英語名は{v}です。",)),
        "ko": (("영어 이름이 뭐예요?", "영어 이름을 알려 주세요."), ("제 영어 이름은 {v_cop}.",)),
    },
    "nickname": {
        "en": (("What do people call you?", "Do you have a nickname?"), ("People call me {v}.", "My friends call me {v}.")),
        "zh": (("大家平时都怎么称呼你？", "你有什么外号吗？", "别人都叫你什么？"), ("大家都叫我{v}。", "我的外号是{v}。")),
        "ja": (("あなたのあだ名は何ですか？", "みんなからどう呼ばれていますか？"), ("みんなには{v}と呼ばれています。",)),
        "ko": (("별명이 뭐예요?", "사람들이 뭐라고 불러요?"), ("사람들은 저를 {v}(이)라고 불러요.",)),
    },
    "age": {
        "en": (("How old are you?", "May I ask how old you are?", "What's your age?"), ("I'm {v}.", "I am {v} years old.")),
        "zh": (("你今年多大了？", "你几岁了？", "请问你的年龄是多少？"), ("我今年{v}。", "我{v}了。")),
        "ja": (("あなたは何歳ですか？", "おいくつですか？", "年齢を教えてください。"), ("私は{v}です。", "今年で{v}になります。")),
        "ko": (("몇 살이에요?", "나이가 어떻게 되세요?"), ("저는 {v_cop}.", "올해 {v_cop}.")),
    },
    "birthday": {
        "en": (("When is your birthday?", "What day were you born?"), ("My birthday is {v}.", "I was born on {v}.")),
        "zh": (("你的生日是哪天？", "你是几月几号出生的？", "你什么时候过生日？"), ("我的生日是{v}。", "我是{v}出生的。")),
        "ja": (("誕生日はいつですか？", "あなたは何月何日生まれですか？"), ("私の誕生日は{v}です。", "{v}生まれです。")),
        "ko": (("생일이 언제예요?", "언제 태어났어요?"), ("제 생일은 {v_cop}.", "저는 {v}에 태어났어요.")),
    },
    "hometown": {
        "en": (("Where are you from?", "Where were you born?", "Where is your hometown?"), ("I'm from {v}.", "I was born in {v}.")),
        "zh": (("你是哪里人？", "你的老家在哪里？", "你出生在什么地方？"), ("我老家在{v}。", "我出生在{v}。")),
        "ja": (("出身はどこですか？", "どこで生まれましたか？"), ("私は{v}の出身です。", "{v}で生まれました。")),
        "ko": (("고향이 어디예요?", "어디에서 태어났어요?"), ("제 고향은 {v_cop}.", "저는 {v}에서 태어났어요.")),
    },
    "residence": {
        "en": (("Where do you live?", "Where have you been living?"), ("I live in {v}.", "I've been living in {v}.")),
        "zh": (("你住在哪里？", "你现在住在什么地方？", "你平时住哪儿？"), ("我住在{v}。", "我一直住在{v}。")),
        "ja": (("どこに住んでいますか？", "お住まいはどちらですか？"), ("{v}に住んでいます。",)),
        "ko": (("어디에 살아요?", "지금 어디에 살고 있어요?"), ("저는 {v}에 살아요.",)),
    },
    "occupation": {
        "en": (("What do you do for a living?", "What's your job?", "What is your profession?"), ("I'm {v}.", "I work as {v}.")),
        "zh": (("你是做什么工作的？", "你的职业是什么？", "你平时以什么为业？"), ("我是{v}。", "我的职业是{v}。")),
        "ja": (("お仕事は何ですか？", "職業を教えてください。"), ("私は{v}です。", "{v}をしています。")),
        "ko": (("무슨 일을 하세요?", "직업이 뭐예요?"), ("저는 {v}(으)로 일해요.", "제 직업은 {v_cop}.")),
    },
    "identity": {
        "en": (("Who are you in your world?", "What is your position?"), ("I'm {v}.",)),
        "zh": (("你是什么身份？", "你在你的世界里是什么身份？"), ("我是{v}。", "我的身份是{v}。")),
        "ja": (("あなたはどんな立場の人ですか？", "あなたの肩書きは何ですか？"), ("私は{v}です。",)),
        "ko": (("신분이 어떻게 되세요?", "어떤 위치에 있는 사람이에요?"), ("저는 {v_cop}.",)),
    },
    "hobbies": {
        "en": (("What are your hobbies?", "What do you like to do in your free time?", "What do you enjoy doing?"), ("I love {v}.", "In my free time I enjoy {v}.")),
        "zh": (("你有什么爱好？", "你平时喜欢做什么？", "闲下来的时候你喜欢干什么？"), ("我喜欢{v}。", "我的爱好是{v}。")),
        "ja": (("趣味は何ですか？", "暇な時は何をするのが好きですか？"), ("私の趣味は{v}です。", "{v}が好きです。")),
        "ko": (("취미가 뭐예요?", "쉬는 날에는 주로 뭘 해요?"), ("제 취미는 {v_cop}.", "저는 {v}을/를 좋아해요.")),
    },
    "sports": {
        "en": (("What sports do you like?", "Do you play any sports?"), ("I like {v}.",)),
        "zh": (("你喜欢什么运动？", "你平时爱玩什么运动？"), ("我喜欢{v}。", "我爱玩{v}。")),
        "ja": (("好きなスポーツは何ですか？",), ("{v}が好きです。",)),
        "ko": (("좋아하는 운동이 뭐예요?",), ("저는 {v}을/를 좋아해요.",)),
    },
    "food": {
        "en": (("What's your favourite food?", "What do you love to eat most?"), ("My favourite food is {v}.", "Nothing beats {v}!")),
        "zh": (("你最爱吃什么？", "你最喜欢的食物是什么？", "你最喜欢吃什么东西？"), ("我最爱吃{v}！", "我最喜欢的食物是{v}。")),
        "ja": (("一番好きな食べ物は何ですか？", "好きな食べ物は何ですか？"), ("一番好きなのは{v}です。", "{v}が大好きです！")),
        "ko": (("제일 좋아하는 음식이 뭐예요?", "무슨 음식을 좋아해요?"), ("제가 제일 좋아하는 음식은 {v_cop}.",)),
    },
    "pets": {
        "en": (("What's your pet's name?", "What do you call your pet?"), ("My pet is called {v}.", "That's {v}, my little companion.")),
        "zh": (("你的宠物叫什么名字？", "你养的宠物叫什么？"), ("我的宠物叫{v}。", "它叫{v}，可乖了。")),
        "ja": (("ペットの名前は何ですか？", "飼っている子の名前は？"), ("うちの子は{v}っていいます。", "{v}という名前です。")),
        "ko": (("반려동물 이름이 뭐예요?", "키우는 아이 이름이 뭐예요?"), ("우리 애 이름은 {v_cop}.",)),
    },
    "skills": {
        "en": (("What are you good at?", "What are your special skills?"), ("I'm good at {v}.", "My skills include {v}.")),
        "zh": (("你擅长什么？", "你有什么特长？", "你最拿手的是什么？"), ("我擅长{v}。", "我的特长是{v}。")),
        "ja": (("得意なことは何ですか？", "特技は何ですか？"), ("{v}が得意です。", "私の特技は{v}です。")),
        "ko": (("잘하는 게 뭐예요?", "특기가 뭐예요?"), ("저는 {v}을/를 잘해요.", "제 특기는 {v_cop}.")),
    },
    "possessions": {
        "en": (("What notable things do you own?", "What do you always carry with you?"), ("I have {v}.",)),
        "zh": (("你有哪些重要的物品？", "你身上有什么宝贝？"), ("我有{v}。", "我的宝贝有{v}。")),
        "ja": (("大事な持ち物は何ですか？",), ("{v}を持っています。",)),
        "ko": (("어떤 소지품을 가지고 있어요?",), ("저는 {v}을/를 가지고 있어요.",)),
    },
    "personality": {
        "en": (("How would you describe your personality?", "What kind of person are you?"), ("I'd say I'm {v}.",)),
        "zh": (("你是什么性格的人？", "你觉得自己的性格怎么样？"), ("我这个人{v}。", "我的性格是{v}。")),
        "ja": (("あなたはどんな性格ですか？", "自分ではどんな性格だと思いますか？"),
               ("私は{v_traits}性格です。", "よく{v_toka}とか言われます。")),
        "ko": (("성격이 어때요?", "어떤 성격이에요?"), ("제 성격은 {v_cop}.",)),
    },
    "dislikes": {
        "en": (("What do you dislike?", "Is there anything you can't stand?"), ("I can't stand {v}.",)),
        "zh": (("你讨厌什么？", "有什么是你不喜欢的吗？"), ("我讨厌{v}。", "我不喜欢{v}。")),
        "ja": (("嫌いなものは何ですか？", "苦手なことはありますか？"), ("{v}が苦手です。",)),
        "ko": (("싫어하는 게 뭐예요?",), ("저는 {v}을/를 싫어해요.",)),
    },
    "habits": {
        "en": (("Do you have any habits?", "What are your habits?"), ("I have a habit of {v}.",)),
        "zh": (("你有什么习惯？", "你平时有什么小习惯？"), ("我习惯{v}。", "我的习惯是{v}。")),
        "ja": (("何か習慣はありますか？",), ("私の習慣は{v}です。",)),
        "ko": (("습관이 있어요?",), ("제 습관은 {v_cop}.",)),
    },
    "catchphrase": {
        "en": (("Do you have a catchphrase?", "What do you always say?"), ("I always say \"{v}\"",)),
        "zh": (("你的口头禅是什么？", "你平时最常挂在嘴边的话是什么？"), ("我常说：“{v}”", "我的口头禅是“{v}”。")),
        "ja": (("口癖は何ですか？", "よく言うセリフはありますか？"), ("よく「{v}」って言います。",)),
        "ko": (("입버릇이 뭐예요?", "자주 하는 말이 있어요?"), ("저는 \"{v}\"라는 말을 자주 해요.",)),
    },
    "quotes": {
        "en": (("What is a line you're known for?", "Do you have a motto?"), ("As I always say: \"{v}\"",)),
        "zh": (("你有什么经典语录吗？", "你最有名的一句话是什么？"), ("我说过：“{v}”", "我的名言是“{v}”。")),
        "ja": (("あなたの名言を教えてください。", "座右の銘はありますか？"), ("「{v}」、これが私の言葉です。",)),
        "ko": (("명대사가 있어요?", "좌우명이 뭐예요?"), ("\"{v}\", 이게 제 말이에요.",)),
    },
    "zodiac": {
        "en": (("What's your star sign?", "What zodiac sign are you?"), ("I'm a {v}.",)),
        "zh": (("你是什么星座的？", "你的星座是什么？"), ("我是{v}的。", "我的星座是{v}。")),
        "ja": (("星座は何ですか？",), ("{v}です。",)),
        "ko": (("별자리가 뭐예요?",), ("제 별자리는 {v_cop}.",)),
    },
    "chinese_zodiac": {
        "en": (("What's your Chinese zodiac sign?",), ("I was born in the year of the {v}.",)),
        "zh": (("你属什么？", "你的生肖是什么？"), ("我{v}。", "我是{v}的。")),
        "ja": (("干支は何ですか？",), ("{v}年生まれです。",)),
        "ko": (("무슨 띠예요?",), ("저는 {v}띠예요.",)),
    },
    "blood_type": {
        "en": (("What's your blood type?",), ("My blood type is {v}.",)),
        "zh": (("你是什么血型？",), ("我是{v}。", "我的血型是{v}。")),
        "ja": (("血液型は何ですか？",), ("{v}です。",)),
        "ko": (("혈액형이 뭐예요?",), ("제 혈액형은 {v_cop}.",)),
    },
    "height": {
        "en": (("How tall are you?", "What's your height?"), ("I'm {v} tall.",)),
        "zh": (("你有多高？", "你身高多少？"), ("我身高{v}。",)),
        "ja": (("身長はどのくらいですか？",), ("身長は{v}です。",)),
        "ko": (("키가 몇이에요?",), ("제 키는 {v_cop}.",)),
    },
    "weight": {
        "en": (("How much do you weigh?",), ("I weigh {v}.",)),
        "zh": (("你体重多少？",), ("我体重{v}。",)),
        "ja": (("体重はどのくらいですか？",), ("体重は{v}です。",)),
        "ko": (("몸무게가 어떻게 돼요?",), ("제 몸무게는 {v_cop}.",)),
    },
    "marital": {
        "en": (("Are you seeing anyone?", "What's your relationship status?"), ("I'm {v}.",)),
        "zh": (("你现在的感情状况怎么样？", "你结婚了吗？还是单身？"), ("我现在{v}。", "我目前是{v}。")),
        "ja": (("今、恋愛のほうはどうですか？", "結婚していますか？"), ("今は{v}です。",)),
        "ko": (("지금 연애 상태가 어때요?", "결혼했어요?"), ("지금은 {v_cop}.",)),
    },
    "hair_color": {
        "en": (("What colour is your hair?",), ("My hair is {v}.",)),
        "zh": (("你的头发是什么颜色的？",), ("我的头发是{v}的。", "我是{v}头发。")),
        "ja": (("髪の色は何色ですか？",), ("私の髪は{v}です。",)),
        "ko": (("머리색이 뭐예요?",), ("제 머리색은 {v_cop}.",)),
    },
    "eye_color": {
        "en": (("What colour are your eyes?",), ("My eyes are {v}.",)),
        "zh": (("你的眼睛是什么颜色的？", "你的瞳色是什么？"), ("我的眼睛是{v}的。",)),
        "ja": (("瞳の色は何色ですか？",), ("私の瞳は{v}です。",)),
        "ko": (("눈동자 색이 뭐예요?",), ("제 눈동자는 {v_cop}.",)),
    },
    "favorite_color": {
        "en": (("What's your favourite colour?",), ("My favourite colour is {v}.",)),
        "zh": (("你最喜欢什么颜色？",), ("我最喜欢{v}。",)),
        "ja": (("好きな色は何ですか？",), ("{v}が好きです。",)),
        "ko": (("좋아하는 색이 뭐예요?",), ("제가 좋아하는 색은 {v_cop}.",)),
    },
    "education_level": {
        "en": (("What's your level of education?", "What degree do you have?"), ("I have {v}.",)),
        "zh": (("你是什么学历？", "你的最高学历是什么？"), ("我是{v}学历。", "我的学历是{v}。")),
        "ja": (("最終学歴は何ですか？",), ("{v}です。",)),
        "ko": (("학력이 어떻게 돼요?",), ("제 학력은 {v_cop}.",)),
    },
    "school": {
        "en": (("Where did you go to school?", "Which school did you attend?"), ("I went to {v}.", "I studied at {v}.")),
        "zh": (("你是在哪里上的学？", "你毕业于哪所学校？", "你的母校是哪里？"), ("我毕业于{v}。", "我的母校是{v}。")),
        "ja": (("どこの学校に通っていましたか？", "出身校はどこですか？"), ("{v}に通っていました。",)),
        "ko": (("어느 학교를 다녔어요?", "모교가 어디예요?"), ("저는 {v}을/를 다녔어요.",)),
    },
    "dream": {
        "en": (("What's your dream?", "What are you aiming for in life?"), ("My dream is {v}.",)),
        "zh": (("你的梦想是什么？", "你这辈子的目标是什么？"), ("我的梦想是{v}！", "我的目标就是{v}。")),
        "ja": (("あなたの夢は何ですか？", "目標は何ですか？"), ("私の夢は{v}です！",)),
        "ko": (("꿈이 뭐예요?", "인생의 목표가 뭐예요?"), ("제 꿈은 {v_cop}!",)),
    },
    "weapon": {
        "en": (("What weapon do you fight with?",), ("I fight with {v}.",)),
        "zh": (("你用什么武器？", "你打架靠什么武器？"), ("我的武器是{v}。",)),
        "ja": (("あなたの武器は何ですか？",), ("私の武器は{v}です。",)),
        "ko": (("무기가 뭐예요?",), ("제 무기는 {v_cop}.",)),
    },
    "era": {
        "en": (("What era do you live in?",), ("I live in {v}.",)),
        "zh": (("你生活在什么时代？", "你所处的是什么时代？"), ("我生活在{v}。", "现在是{v}。")),
        "ja": (("あなたはどんな時代に生きていますか？",), ("私は{v}に生きています。",)),
        "ko": (("어떤 시대에 살고 있어요?",), ("저는 {v}에 살고 있어요.",)),
    },
    "fan_name": {
        "en": (("What are your fans called?",), ("My fans are called {v}.",)),
        "zh": (("你的粉丝叫什么？", "你的粉丝有什么称呼？"), ("我的粉丝叫{v}。",)),
        "ja": (("ファンの呼び名は何ですか？",), ("ファンのみんなは{v}です。",)),
        "ko": (("팬덤 이름이 뭐예요?",), ("제 팬들은 {v_cop}.",)),
    },
    "genres": {
        "en": (("What kind of music do you make?", "What genres do you play?"), ("I make {v}.",)),
        "zh": (("你做的是什么类型的音乐？", "你的音乐风格有哪些？"), ("我的音乐有{v}。",)),
        "ja": (("どんなジャンルの音楽をやっていますか？",), ("{v}をやっています。",)),
        "ko": (("어떤 장르의 음악을 해요?",), ("저는 {v}을/를 해요.",)),
    },
    "works": {
        "en": (("What are your best-known works?", "Which of your works should I know?"), ("My best-known works include {v}.",)),
        "zh": (("你的代表作有哪些？", "你有哪些代表作品？"), ("我的代表作有{v}。",)),
        "ja": (("代表作は何ですか？",), ("私の代表作は{v}です。",)),
        "ko": (("대표작이 뭐예요?",), ("제 대표작은 {v_cop}.",)),
    },
    "organization": {
        "en": (("Who are you with?", "Which organisation do you belong to?"), ("I'm with {v}.",)),
        "zh": (("你属于哪个组织？", "你签约在哪里？", "你隶属于哪里？"), ("我属于{v}。", "我在{v}。")),
        "ja": (("どこに所属していますか？",), ("{v}に所属しています。",)),
        "ko": (("소속이 어디예요?",), ("제 소속은 {v_cop}.",)),
    },
    "birth_year": {
        "en": (("What year were you born?", "Which year were you born in?"), ("I was born in {v}.",)),
        "zh": (("你是哪一年出生的？", "你出生在哪一年？"), ("我出生于{v}。", "我是{v}出生的。")),
        "ja": (("何年生まれですか？",), ("{v}生まれです。",)),
        "ko": (("몇 년에 태어났어요?",), ("저는 {v}에 태어났어요.",)),
    },
    "work_years": {
        "en": (("How long have you been doing this job?",), ("I've been at it for {v}.",)),
        "zh": (("你干这一行多少年了？", "你工作多久了？"), ("我已经干了{v}了。", "算起来有{v}了。")),
        "ja": (("この仕事を何年続けていますか？",), ("もう{v}になります。",)),
        "ko": (("이 일을 몇 년째 하고 있어요?",), ("벌써 {v_cop}.",)),
    },
    "signature_dish": {
        "en": (("What's your signature dish?", "What dish are you best at cooking?"), ("My signature dish is {v}.",)),
        "zh": (("你的拿手菜是什么？", "你最会做什么菜？"), ("我的拿手菜是{v}。", "要说拿手，那就是{v}了。")),
        "ja": (("得意料理は何ですか？",), ("得意料理は{v}です。",)),
        "ko": (("제일 잘하는 요리가 뭐예요?",), ("제 특기 요리는 {v_cop}.",)),
    },
    "topics": {
        "en": (("What do you like to talk about?", "What topics are you good at?"), ("I like to talk about {v}.",)),
        "zh": (("你平时最爱聊什么话题？", "跟你聊什么最合适？"), ("我最爱聊{v}。", "我擅长的话题是{v}。")),
        "ja": (("どんな話題が得意ですか？",), ("{v}の話が得意です。",)),
        "ko": (("어떤 이야기를 잘해요?",), ("저는 {v} 이야기를 잘해요.",)),
    },
    "languages": {
        "en": (("What languages do you speak?",), ("I speak {v}.",)),
        "zh": (("你会说哪些语言？", "你会几种语言？"), ("我会说{v}。",)),
        "ja": (("何語が話せますか？",), ("{v}が話せます。",)),
        "ko": (("어떤 언어를 할 수 있어요?",), ("저는 {v}을/를 할 수 있어요.",)),
    },
    "club": {
        "en": (("Which club are you in?",), ("I'm in the {v}.",)),
        "zh": (("你参加了什么社团？", "你是哪个社团的？"), ("我是{v}的。", "我参加了{v}。")),
        "ja": (("何部に入っていますか？",), ("{v}に入っています。",)),
        "ko": (("무슨 동아리예요?",), ("저는 {v} 소속이에요.",)),
    },
    "nationality": {
        "en": (("What's your nationality?", "Which country are you from?"), ("I'm from {v}.",)),
        "zh": (("你是哪国人？", "你的国籍是哪里？"), ("我的国籍是{v}。", "我来自{v}。")),
        "ja": (("国籍はどこですか？",), ("国籍は{v}です。",)),
        "ko": (("국적이 어디예요?",), ("제 국적은 {v_cop}.",)),
    },
    "generic": {
        "en": (("What is your {field}?", "Could you tell me your {field}?"), ("My {field} is {v}.",)),
        "zh": (("你的{field}是什么？", "能说说你的{field}吗？"), ("我的{field}是{v}。",)),
        "ja": (("あなたの{field}は何ですか？",), ("私の{field}は{v}です。",)),
        "ko": (("{field_tp} 뭐예요?", "{field_tp} 어떻게 되세요?"), ("제 {field_tp} {v_cop}.",)),
    },
}

# Why-questions about a cause the profile states (builder_prose.reason_facts): {y} the effect as
# the character did it, {v} the cause. Chinese only: the patterns are Chinese.
WHY: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "because": {"zh": (("你为什么{y}？", "你当初为什么{y}？"), ("因为{v}。", "说来话长，还不是因为{v}。"))},
    "purpose": {"zh": (("你为什么{y}？", "你当时为什么{y}？"), ("为了{v}。", "我是为了{v}。"))},
}

RELATION: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("Who is your {rel}?", "Can you tell me who your {rel} is?"), ("My {rel} is {v}.", "That would be {v}, my {rel}.")),
    "zh": (("你的{rel}是谁？", "能说说你的{rel}是谁吗？", "你{rel}叫什么名字？"), ("我的{rel}是{v}。", "我{rel}叫{v}。")),
    "ja": (("あなたの{rel}は誰ですか？", "{rel}はどなたですか？"), ("私の{rel}は{v}です。",)),
    "ko": (("{rel_tp} 누구예요?", "{rel} 이름이 뭐예요?"), ("제 {rel_tp} {v_cop}.", "{rel} 이름은 {v_cop}.")),
}

# Korean asks after an elder's name with honorifics: "아버님 성함이 어떻게 되세요?".
KO_ELDERS = {"아버지": "아버님", "어머니": "어머님", "할아버지": "할아버님", "할머니": "할머님", "외할아버지": "외할아버님",
             "외할머니": "외할머님", "스승": "스승님", "선생님": "선생님", "사부": "사부님", "장인": "장인어른",
             "장모": "장모님", "시아버지": "시아버님", "시어머니": "시어머님", "큰아버지": "큰아버님", "작은아버지": "작은아버님"}
KO_ELDER_RELATION = (("{rel_hon} 성함이 어떻게 되세요?", "{rel_tp} 누구세요?"), ("제 {rel_tp} {v_cop}.", "{rel} 성함은 {v_cop}."))

# Words joining several terms in an answer: en "a, b and c", zh "a、b和c", ...
JOIN = {"en": (", ", " and "), "zh": ("、", "和"), "ja": ("、", "と"), "ko": (", ", ", ")}

# Units added to bare numbers: "17" -> "17岁".
UNITS = {
    "age": {"en": "", "zh": "岁", "ja": "歳", "ko": "살"},
    # Not "154cm": a Latin unit glued to the number would hide it from word-boundary matching.
    "height": {"en": " cm", "zh": "厘米", "ja": "センチ", "ko": "센티"},
    "weight": {"en": " kg", "zh": "公斤", "ja": "キロ", "ko": "킬로"},
}


def _has_batchim(c: str, rieul_ok: bool = False) -> bool:
    """Whether a word ending in ``c`` ends in a consonant, as Korean particles care about.

    ``rieul_ok``: (으)로 treats a final ㄹ like a vowel. Digits are read Sino-Korean (일, 이, 삼,
    ...); Latin letters are taken as ending in a vowel, the commoner reading of loanwords.
    """
    o = ord(c)
    if 0xAC00 <= o <= 0xD7A3:
        jong = (o - 0xAC00) % 28
        return jong != 0 and not (rieul_ok and jong == 8)
    if c.isdigit():
        return c in ("0136" + ("" if rieul_ok else "78"))
    return False


def resolve_ko(text: str) -> str:
    """Pick Korean particles after the word they follow: "을/를", "이/가", "은/는", "과/와",
    "이에요/예요", "(이)", "(으)"."""
    import re

    def pick(m: re.Match[str]) -> str:
        prev, token = m.group(1), m.group(2)
        if token == "(으)":
            return prev + ("으" if _has_batchim(prev, rieul_ok=True) else "")
        if token == "(이)":
            return prev + ("이" if _has_batchim(prev) else "")
        first, second = token.split("/")
        return prev + (first if _has_batchim(prev) else second)

    return re.sub(r"(\S)(을/를|이/가|은/는|과/와|이에요/예요|\(이\)|\(으\))", pick, text)


def render(template: str, language: str, **values: str) -> str:
    """Fill a phrasing template; Korean particles are resolved after the words are in."""
    template = (template.replace("{v_cop}", "{v}이에요/예요").replace("{field_tp}", "{field}은/는")
                .replace("{rel_tp}", "{rel}은/는"))
    out = template.format(**values)
    if language == "ko":
        return resolve_ko(out)
    if language == "en":  # "burgundy, eh?" opening a sentence is "Burgundy, eh?"
        out = fix_indefinite_articles(out)
        return out[:1].upper() + out[1:] if out[:1].islower() else out
    return out


def join_terms(terms: list[str], language: str) -> str:
    sep, last = JOIN.get(language, JOIN["en"])
    if len(terms) <= 1:
        return "".join(terms)
    return sep.join(terms[:-1]) + last + terms[-1]
