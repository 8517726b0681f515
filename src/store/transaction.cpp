/// Transactions over several files: an intent written first, finished by the next command.
#include "store/transaction.hpp"

#include <charconv>
#include <cstdlib>
#include "store/derived.hpp"

#include "store/seal.hpp"

namespace kefu {
namespace {

constexpr std::string_view kIntent = derived::kIntent;
constexpr std::string_view kUnfinished = derived::kUnfinished;
constexpr std::string_view kMagic = "kefu intent 1\n";
/// An intent holds every file twice; a period's bills of a large estate are a few MB.
constexpr size_t kIntentLimit = size_t{1} << 30;

void intent_field(std::string& out, std::string_view bytes) {
  out += std::to_string(bytes.size());
  out += ':';
  out.append(bytes);
}

/// Reads back what intent_field() wrote; false when the text ends early or is not a field.
bool take(std::string_view& in, std::string_view& bytes) {
  auto colon = in.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 12) return false;
  size_t n = 0;
  auto [p, ec] = std::from_chars(in.data(), in.data() + colon, n);
  if (ec != std::errc{} || p != in.data() + colon || n > in.size() - colon - 1) return false;
  bytes = in.substr(colon + 1, n);
  in.remove_prefix(colon + 1 + n);
  return true;
}

/// Keeps a copy of a record as sealed (store/seal.hpp: sealed_copy_path), in place of the copy
/// of the version it replaced. Best-effort: a failure only loses what a later correction could
/// say of a hand edit.
void keep_sealed_copy(const StoreFiles& files, const std::string& content,
                      const std::optional<std::string>& old) {
  const char* env = std::getenv("KEFU_INDEX");
  if (env && std::string_view(env) == "off") return;
  try {
    auto hash = seal_hash(content);
    if (!hash) return;
    files.put(sealed_copy_path(*hash), content, false);
    if (old)
      if (auto before = seal_hash(*old); before && *before != *hash)
        files.remove(sealed_copy_path(*before));
  } catch (const std::exception&) {
  }
}

}  // namespace

void Transaction::create(std::string rel, std::string content) {
  ops_.push_back({Kind::create, std::move(rel), std::nullopt, sealed(std::move(content))});
}

void Transaction::replace(std::string rel, std::string as_read, std::string content) {
  ops_.push_back({Kind::replace, std::move(rel), std::move(as_read), sealed(std::move(content))});
}

void Transaction::put(std::string rel, std::string content) {
  ops_.push_back({Kind::put, std::move(rel), std::nullopt, std::move(content)});
}

void Transaction::apply(const Op& op) const {
  switch (op.kind) {
    case Kind::create:
      if (!files_.create(op.rel, op.content))
        throw StoreError(op.rel, 0, 0, "记录文件已存在，未覆盖");
      break;
    case Kind::replace:
      files_.replace(op.rel, *op.old, op.content);
      break;
    case Kind::put:
      files_.put(op.rel, op.content);
      break;
  }
}

void Transaction::undo(const Op& op) const {
  switch (op.kind) {
    case Kind::create:
      if (auto now = files_.read(op.rel, kBulkLimit); now && *now == op.content)
        files_.remove(op.rel);
      break;
    case Kind::replace:
      files_.replace(op.rel, op.content, *op.old);
      break;
    case Kind::put:
      if (op.old)
        files_.put(op.rel, *op.old);
      else
        files_.remove(op.rel);
      break;
  }
}

void Transaction::commit() {
  if (ops_.empty()) return;
  // Everything checked before anything is written: a refusal writes nothing.
  for (auto& op : ops_) {
    auto now = files_.read(op.rel, kBulkLimit);
    switch (op.kind) {
      case Kind::create:
        if (now) throw StoreError(op.rel, 0, 0, "记录文件已存在，未覆盖");
        break;
      case Kind::replace:
        if (!now) throw StoreError(op.rel, 0, 0, "记录文件在读取后被删除或改名，未写入");
        if (*now != *op.old)
          throw StoreError(op.rel, 0, 0,
                           "记录文件在读取后被他人修改（可能正在编辑器中保存），为免覆盖其修改，"
                           "本次操作未写入；请重新执行");
        break;
      case Kind::put:
        op.old = std::move(now);
        break;
    }
  }
  auto keep_copies = [&] {
    for (const auto& op : ops_)
      if (op.kind != Kind::put) keep_sealed_copy(files_, op.content, op.old);
  };
  if (ops_.size() == 1) {
    apply(ops_.front());
    keep_copies();
    return;
  }
  std::string intent(kMagic);
  for (const auto& op : ops_) {
    intent += op.kind == Kind::create ? 'c' : op.kind == Kind::replace ? 'r' : 'p';
    intent_field(intent, op.rel);
    intent += op.old ? '1' : '0';
    intent_field(intent, op.old ? *op.old : std::string_view());
    intent_field(intent, op.content);
  }
  intent += "end " + sha256_hex(intent) + "\n";
  files_.put(kIntent, intent);
  size_t done = 0;
  try {
    for (; done < ops_.size(); ++done) apply(ops_[done]);
  } catch (...) {
    // An edit saved in the instant between the check and the write: put back what was done.
    for (size_t i = done; i-- > 0;) {
      try {
        undo(ops_[i]);
      } catch (const std::exception&) {
        // Left to recover(), which finishes the intent instead.
        throw;
      }
    }
    files_.remove(kIntent);
    throw;
  }
  files_.remove(kIntent);
  keep_copies();
}

bool has_intent(const StoreFiles& files) {
  return files.stat(kIntent).is != PathStat::Is::absent;
}

std::vector<StoreError> recover(const StoreFiles& files, size_t* cleaned) {
  std::vector<StoreError> out;
  std::optional<std::string> intent;
  try {
    intent = files.read(kIntent, kIntentLimit);
  } catch (const StoreError& e) {
    out.push_back(e);
    return out;
  }
  if (intent) {
    struct Op {
      char kind;
      std::string_view rel, old, content;
      bool had_old;
    };
    std::vector<Op> ops;
    std::string_view in(*intent);
    bool whole = in.starts_with(kMagic);
    auto end = in.rfind("end ");
    whole = whole && end != std::string_view::npos && in.size() == end + 4 + 64 + 1 &&
            sha256_hex(in.substr(0, end)) == in.substr(end + 4, 64);
    if (whole) {
      in = in.substr(kMagic.size(), end - kMagic.size());
      while (!in.empty() && whole) {
        Op op{};
        op.kind = in.front();
        in.remove_prefix(1);
        whole = (op.kind == 'c' || op.kind == 'r' || op.kind == 'p') && take(in, op.rel) &&
                !in.empty() && (in.front() == '0' || in.front() == '1');
        if (!whole) break;
        op.had_old = in.front() == '1';
        in.remove_prefix(1);
        whole = take(in, op.old) && take(in, op.content) && is_beneath(op.rel);
        ops.push_back(op);
      }
    }
    std::vector<std::string> conflicts;
    if (!whole) {
      conflicts.push_back(std::string(kIntent));
    } else {
      for (const auto& op : ops) {
        std::optional<std::string> now;
        try {
          now = files.read(op.rel, kBulkLimit);
        } catch (const StoreError&) {
          conflicts.emplace_back(op.rel);
          continue;
        }
        if (now && *now == op.content) continue;  // written before the kill
        if (op.kind == 'p') {
          files.put(op.rel, op.content);
        } else if (op.kind == 'c' && !now) {
          files.create(op.rel, op.content);
        } else if (op.kind == 'r' && now && *now == op.old) {
          files.put(op.rel, op.content);
        } else {
          conflicts.emplace_back(op.rel);
        }
      }
    }
    if (!conflicts.empty()) {
      auto kept = unfinished(files).size() + 1;
      auto name = std::string(kUnfinished) + "/" + std::to_string(kept) + ".intent";
      files.put(name, *intent);
      for (const auto& c : conflicts)
        out.emplace_back(
            c, 0, 0,
            "上一次写入被中断，且此文件此后已被改动，kefu 没有动它；其余文件已补写完毕。"
            "请核对后删除 " +
                name);
    }
    files.remove(kIntent);
  }
  auto removed = files.clear_temporaries();
  if (cleaned) *cleaned += removed;
  return out;
}

std::vector<StoreError> unfinished(const StoreFiles& files) {
  std::vector<StoreError> out;
  auto l = files.list(kUnfinished, ".intent");
  for (const auto& f : l.files)
    out.emplace_back(
        std::string(kUnfinished) + "/" + f, 0, 0,
        "一次被中断的写入未能补完（其中有文件此后被手工改动）；核对所涉记录后删除此文件");
  for (auto& p : l.problems) out.push_back(std::move(p));
  return out;
}

}  // namespace kefu
