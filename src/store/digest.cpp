/// Parsing record files for the index; see digest.hpp.
#include "store/digest.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "store/codec.hpp"
#include "store/datadir.hpp"
#include "store/seal.hpp"

namespace kefu {

std::vector<Digested> digest_files(const DataDir& dir, const DigestFn& digest, size_t limit,
                                   const IndexWrite::Parse* first, size_t n) {
  std::vector<Digested> out(n);
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      const auto& p = first[i];
      auto& o = out[i];
      try {
        auto bytes = dir.files().read(p.rel, limit);
        if (!bytes) throw StoreError(p.rel, 0, 0, "文件在读取时消失了");
        o.hash = content_hash(*bytes);
        o.seal = seal_state(*bytes);
        StoredFile file{dir.root() / p.rel, p.rel, std::move(*bytes), o.seal};
        o.entry = digest(file);
      } catch (const StoreError& e) {
        o.problem = e;
      } catch (const std::exception& e) {
        o.problem = StoreError(p.rel, 0, 0, e.what());
      }
    }
  };
  // Twice the cores: a thread waiting for a file to be read leaves its core to another.
  unsigned threads = std::clamp(2 * std::thread::hardware_concurrency(), 2u, 16u);
  if (n < 64 || threads == 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
  }
  return out;
}

}  // namespace kefu
