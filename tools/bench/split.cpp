// chibo-bench-split FILE: the baseline of tools/bench/run.sh. Reads a CSV file
// and splits it into fields with the same reader `chibo score` uses, and
// nothing else; prints the records and fields seen.
#include <cstdio>
#include <fstream>

#include "csv_reader.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: chibo-bench-split FILE.csv\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "chibo-bench-split: cannot open %s\n", argv[1]);
    return 2;
  }
  chibo::CsvReader reader(in);
  chibo::CsvRecord record;
  unsigned long records = 0, fields = 0;
  while (reader.next(record)) {
    ++records;
    fields += record.fields.size();
  }
  std::printf("%lu records, %lu fields\n", records, fields);
  return 0;
}
