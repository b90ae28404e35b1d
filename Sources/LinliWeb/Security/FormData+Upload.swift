import LinliModel

extension FormData {
    /// The file chosen in the upload field `field`, checked by name: nil when no file (or an empty one) was sent.
    ///
    /// The one rule of every upload form (Docs/Console.md "Security model"): the file's name must end in `.csv`
    /// and contain one of `names`, so that the file a form asks for, or the console's own download of it
    /// (`demands-C001.csv`), is taken, while another dataset file chosen by mistake (`workers.csv` as the
    /// menu) is refused before anything is read or saved.
    /// - Throws: `DiagnosticsError` naming the file when its name is not one the form takes.
    func upload(_ field: String, named names: String...) throws(DiagnosticsError) -> File? {
        guard let file = file(field), !file.bytes.isEmpty else { return nil }
        let name = file.fileName.lowercased()
        guard name.hasSuffix(".csv"), names.contains(where: { name.dropLast(4).contains($0) }) else {
            let wanted = names.map { "\($0).csv" }.joined(separator: " or ")
            throw DiagnosticsError([.error(
                file: file.fileName, "this form takes \(wanted) (a .csv file whose name contains \(names.joined(separator: " or "))); "
                    + "nothing was read or saved")])
        }
        return file
    }
}
