/// Parsing record files for the index, on as many threads as there are cores.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "store/index_db.hpp"
#include "store/seal.hpp"

namespace kefu {

class DataDir;

/// What makes a record file into its index entry; throws StoreError when it does not parse.
using DigestFn = std::function<IndexEntry(const StoredFile&)>;

/// Reads `n` files (none larger than `limit`) and makes each into its entry with `digest`, in
/// parallel when there are many; a file that cannot be read or does not parse gets its problem.
std::vector<Digested> digest_files(const DataDir& dir, const DigestFn& digest, size_t limit,
                                   const IndexWrite::Parse* first, size_t n);

}  // namespace kefu
