/// Parsing record files for the index, on as many threads as there are cores.
#pragma once

#include <cstddef>
#include <vector>

#include "store/index_db.hpp"

namespace kefu {

class DataDir;
struct IndexedFolder;

/// Reads and parses `n` files of `f` with its digest, in parallel when there are many; a file
/// that cannot be read or does not parse gets its problem.
std::vector<Digested> digest_files(const DataDir& dir, const IndexedFolder& f,
                                   const IndexWrite::Parse* first, size_t n);

}  // namespace kefu
