"""Invented cards and a scripted chat-completions server on 127.0.0.1 for the teacher tests.

The server speaks the protocol over real HTTP. What each model replies is scripted per kind of
prompt (told apart by the JSON key the prompt asks for), so a test picks teachers that agree,
disagree, write malformed JSON, answer slowly, fail with 429/500, drop the connection or redirect.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CARDS = [
    {"name": "Mira", "profile": {"Age": "17", "Hobby": "basketball and painting", "Home": "Seattle",
                                 "Pet": "a dog called Biscuit", "Best friend": "Lena"}},
    {"name": "Tomas", "profile": {"Age": "40", "Job": "lighthouse keeper", "Home": "Skerry Island",
                                  "Hobby": "whittling and chess", "Pet": "a cat called Pepper"}},
    {"name": "Ines", "profile": {"Age": "29", "Job": "baker", "Home": "Lisbon", "Hobby": "surfing and poetry",
                                 "Pet": "a parrot called Kiwi"}},
]

# question -> (answer, keywords, type, difficulty, negatives); the questions a generator writes
SBK = {
    "Mira": [("Where do you live?", "I live in Seattle, rain and all.", ["Seattle"], "where", "easy", ["Portland"]),
             ("What do you do for fun?", "I play basketball and I love painting.", ["basketball", "painting"],
              "what", "medium", ["football", "basketball"]),
             ("What is your dog called?", "My dog is called Biscuit!", ["Biscuit"], "what", "easy", ["Rex"])],
    "Tomas": [("What is your job?", "I am a lighthouse keeper, have been for years.", ["lighthouse keeper"],
               "what", "easy", ["fisherman"]),
              ("Where do you live?", "I live out on Skerry Island.", ["Skerry Island"], "where", "easy", ["Oslo"])],
    "Ines": [("What is your job?", "I am a baker, up before dawn every day.", ["baker"], "what", "easy", ["chef"]),
             ("What is your parrot called?", "My parrot is called Kiwi.", ["Kiwi"], "what", "easy", ["Polly"])],
}
CM = {
    name: [{"history": [{"role": "user", "content": "I just got back from a trip."},
                        {"role": "assistant", "content": "Welcome back! Where did you go?"},
                        {"role": "user", "content": "I went to Marrakesh with my cousin."},
                        {"role": "assistant", "content": "That sounds wonderful."},
                        {"role": "user", "content": "My cousin wanted Cairo, but that is for next year."},
                        {"role": "assistant", "content": "Then you have two trips to look forward to."}],
            "fact_turn": 2, "question": "Where did I say I went?", "answer": "You told me you went to Marrakesh.",
            "keywords": ["Marrakesh"], "question_type": "where", "difficulty": "easy", "negatives": ["Cairo"]}]
    for name in ("Mira", "Tomas", "Ines")
}
EQUIVALENTS = {"basketball": ["hoops", "b-ball"], "painting": ["art"]}
ZH_CARD = {"name": "小明", "profile": {"年龄": "17", "爱好": "篮球和画画", "居住地": "北京", "宠物": "一只叫豆豆的狗"}}
SBK["小明"] = [("你住在哪里？", "我住在北京呀。", ["北京"], "where", "easy", ["上海"]),
              ("你的狗叫什么名字？", "我的狗叫豆豆！", ["豆豆"], "what", "easy", ["旺财"])]
CM["小明"] = [{"history": [{"role": "user", "content": "我上周去旅行了。"},
                          {"role": "assistant", "content": "欢迎回来！去哪儿了？"},
                          {"role": "user", "content": "我和表妹去了杭州。"},
                          {"role": "assistant", "content": "听起来真不错。"},
                          {"role": "user", "content": "表妹本来想去苏州，明年再说吧。"},
                          {"role": "assistant", "content": "那你们明年还有一趟旅行呢。"}],
              "fact_turn": 2, "question": "我刚才说我去了哪里？", "answer": "你说你去了杭州。", "keywords": ["杭州"],
              "question_type": "where", "difficulty": "easy", "negatives": ["苏州"]}]
# the labels the prompts use, per language (the scripted teacher reads the prompt like a model would)
NAME_LABELS = ("Character:", "角色：")
QUESTION_LABELS = ("The user asks:", "用户问：")


def kind_of(prompt: str) -> str:
    for key, kind in (('"questions"', "sbk"), ('"dialogues"', "cm"), ('"equivalents"', "equivalents"),
                      ('"confirmed"', "confirm"), ('"monologue"', "cot"), ('"answer"', "answer")):
        if key in prompt:
            return kind
    raise AssertionError(f"unknown prompt: {prompt[:200]}")


def line_after(prompt: str, *labels: str) -> str:
    for label in labels:
        m = re.search(re.escape(label) + r"\s*(.*)", prompt)
        if m:
            return m.group(1).strip()
    return ""


def synthetic_world(n: int) -> tuple[list[dict], dict, dict]:
    """``n`` invented cards with their scripted SBK and CM tables (for the benchmark)."""
    cards, sbk, cm = [], {}, {}
    for i in range(n):
        name, town, job, pet = f"Char{i}", f"Town{i}ville", f"maker{i} of clocks", f"Pet{i}"
        cards.append({"name": name, "profile": {"Age": str(20 + i), "Job": job, "Home": town,
                                                "Pet": f"a cat called {pet}", "Hobby": f"chess and sport{i}"}})
        sbk[name] = [("Where do you live?", f"I live in {town}.", [town], "where", "easy", ["Nowhere"]),
                     ("What is your job?", f"I am a {job}.", [job], "what", "easy", ["farmer"]),
                     ("What is your cat called?", f"My cat is {pet}.", [pet], "what", "easy", ["Tom"]),
                     ("What do you do for fun?", f"Chess, and sport{i} too.", ["chess", f"sport{i}"], "what",
                      "medium", ["golf"])]
        cm[name] = CM["Mira"]
    return cards, sbk, cm


def facts(name: str, sbk: dict | None = None, cm: dict | None = None) -> dict:
    sbk, cm = sbk or SBK, cm or CM
    return {q: (a, k) for q, a, k, *_ in sbk.get(name, [])} | {d["question"]: (d["answer"], d["keywords"])
                                                               for d in cm.get(name, [])}


class Teacher:
    """A scripted model: correct by default; ``wrong`` maps a question to its wrong answer;
    ``confirm`` says which proposed equivalents it accepts."""

    def __init__(self, wrong: dict | None = None, confirm: tuple = ("hoops",), cot_quotes: bool = False,
                 sbk: dict | None = None, cm: dict | None = None):
        self.wrong, self.confirm, self.cot_quotes = wrong or {}, set(confirm), cot_quotes
        self.sbk, self.cm = sbk or SBK, cm or CM

    def reply(self, kind: str, prompt: str) -> str:
        name = line_after(prompt, *NAME_LABELS)
        if kind == "sbk":
            return json.dumps({"questions": [{"question": q, "answer": a, "keywords": k, "question_type": t,
                                              "difficulty": d, "negatives": n} for q, a, k, t, d, n in self.sbk[name]]})
        if kind == "cm":
            return json.dumps({"dialogues": self.cm[name]})
        if kind == "answer":
            question = line_after(prompt, *QUESTION_LABELS)
            return json.dumps({"answer": self.wrong.get(question) or facts(name, self.sbk, self.cm)[question][0]})
        if kind == "equivalents":
            terms = [t.strip() for t in re.split(r"[,、]", line_after(prompt, "Key terms:", "关键词："))]
            return json.dumps({"equivalents": {t: EQUIVALENTS.get(t, []) for t in terms}})
        if kind == "confirm":
            candidates = re.findall(r"^- (.+)$", prompt, re.M)
            return json.dumps({"confirmed": [c for c in candidates if c in self.confirm]})
        question = line_after(prompt, *QUESTION_LABELS)
        answer, keywords = facts(name, self.sbk, self.cm)[question]
        if "用户问：" in prompt:
            return json.dumps({"monologue": f"我是{name}。对方在问：{question}我心里清楚：{'、'.join(keywords)}。"
                                            f"我就照自己的方式说吧。"})
        if self.cot_quotes:
            return json.dumps({"monologue": f"I am {name}. I will say: {answer}"})
        return json.dumps({"monologue": f"I am {name}. They ask me '{question}'. What I know: "
                                        f"{', '.join(keywords)}. I will say it plainly, my way."})


class TeacherServer:
    """``teachers``: model name -> Teacher. ``plan(model, kind, attempt) -> action`` injects
    failures, attempt counting that (model, kind, prompt)'s requests: None, ("status", code[,
    retry_after]), ("drop",), ("sleep", s), ("text", raw reply text), ("redirect", url). ``delay``
    seconds per request stand for decoding time, at most ``capacity`` requests at once (0: any)."""

    def __init__(self, teachers: dict, plan=None, delay: float = 0.0, json_mode: bool = True, capacity: int = 0):
        self.teachers, self.plan, self.delay, self.json_mode = teachers, plan or (lambda *a: None), delay, json_mode
        # a real server decodes a bounded batch: more requests than ``capacity`` queue behind it
        self.capacity = threading.BoundedSemaphore(capacity) if capacity else None
        self.requests: list[dict] = []
        self.attempts: dict = {}
        self.tokens = [0, 0]
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def setup(self):
                super().setup()
                # headers and body go out in two writes: without this, Nagle's algorithm and the
                # client's delayed ACK add ~40 ms to every answer, which no real server has
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                prompt = body["messages"][-1]["content"]
                kind, model = kind_of(prompt), body["model"]
                with server.lock:
                    key = (model, kind, prompt)
                    attempt = server.attempts.get(key, 0)
                    server.attempts[key] = attempt + 1
                    server.requests.append({"model": model, "kind": kind, "auth": self.headers.get("Authorization"),
                                            "response_format": body.get("response_format"), "attempt": attempt,
                                            "max_tokens": body.get("max_tokens")})
                action = server.plan(model, kind, attempt)
                if server.delay and server.capacity is not None:
                    with server.capacity:
                        time.sleep(server.delay)
                elif server.delay:
                    time.sleep(server.delay)
                if model not in server.teachers:
                    return self._send(404, {"error": {"message": f"model {model!r} not found"}})
                if "response_format" in body and not server.json_mode:
                    return self._send(400, {"error": {"message": "response_format is not supported"}})
                if action and action[0] == "drop":
                    self.close_connection = True
                    return
                if action and action[0] == "sleep":
                    time.sleep(action[1])
                if action and action[0] == "redirect":
                    return self._send(307, {}, {"Location": action[1]})
                if action and action[0] == "status":
                    return self._send(action[1], {"error": {"message": "injected"}},
                                      {"Retry-After": str(action[2])} if len(action) > 2 else {})
                text = action[1] if action and action[0] == "text" else server.teachers[model].reply(kind, prompt)
                usage = {"prompt_tokens": len(prompt) // 4, "completion_tokens": len(text) // 4}
                with server.lock:
                    server.tokens[0] += usage["prompt_tokens"]
                    server.tokens[1] += usage["completion_tokens"]
                self._send(200, {"id": "x", "object": "chat.completion", "model": model, "usage": usage,
                                 "choices": [{"index": 0, "finish_reason": "stop",
                                              "message": {"role": "assistant", "content": text}}]})

            def _send(self, code, obj, headers=None):
                data = json.dumps(obj).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (deadline) or was killed

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def kinds(self, model: str | None = None) -> list[str]:
        return [r["kind"] for r in self.requests if model is None or r["model"] == model]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def run_generate(cards, out, server, *, model="gen", teachers=None, per_profile=3, cm_per_profile=1, with_cot=False,
                 concurrency=4, timeout=10.0, max_retries=3, language="auto", api_key_env="RAIDEN_TEST_KEY"):
    """``data generate`` in-process against ``server`` with quick retries and no progress bar."""
    from raiden_r1.teacher.generate import Settings
    from raiden_r1.teacher.run import GenerateOptions, generate

    return generate(GenerateOptions(
        profiles=[cards], out=out, api_base=server.base if hasattr(server, "base") else server, model=model,
        teachers=teachers, api_key_env=api_key_env, concurrency=concurrency, timeout=timeout,
        max_retries=max_retries, retry_base=0.01, progress=False,
        settings=Settings(per_profile=per_profile, cm_per_profile=cm_per_profile, with_cot=with_cot,
                          language=language)))


def all_records(out) -> list[dict]:
    return [r for split in ("train", "validation", "test")
            for r in json.loads((out / f"{split}.json").read_text(encoding="utf-8"))]


class CardReader(Teacher):
    """A scripted teacher for any Chinese card: asks "你的<field>是什么？" of its short fields and
    answers by reading the card in the prompt (for the real RAIDEN cards, which tests must not copy)."""

    def reply(self, kind: str, prompt: str) -> str:
        card = dict(re.findall(r"^([^：\n]{1,8})：(.{1,12})$", prompt.split("\n\n")[1], re.M))
        name = line_after(prompt, "角色：")
        if kind == "sbk":
            return json.dumps({"questions": [
                {"question": f"你的{field}是什么？", "answer": f"我的{field}是{value}。", "keywords": [value],
                 "question_type": "what", "difficulty": "easy", "negatives": ["不知道"]}
                for field, value in card.items() if field != "角色" and value != name][:4]}, ensure_ascii=False)
        if kind == "answer":
            field = re.search(r"用户问：你的(.+?)是什么？", prompt).group(1)
            return json.dumps({"answer": f"我的{field}是{card.get(field, '秘密')}。"}, ensure_ascii=False)
        if kind == "cot":
            field = re.search(r"用户问：你的(.+?)是什么？", prompt).group(1)
            return json.dumps({"monologue": f"我是{name}。对方问起我的{field}，我记得是{card.get(field)}，"
                                            f"就照实告诉对方吧。"}, ensure_ascii=False)
        return json.dumps({"equivalents": {}} if kind == "equivalents" else {"confirmed": []})
