package org.tongban.platform.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy list whose pages come from the database: the loader reads one page and its
 * total, nothing more is held.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page and how many rows there are in all. */
    public record Slice<T>(List<T> rows, long total) {
    }

    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Slice<T> load(int first, int size);
    }

    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;
    private long total;

    public PagedList(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) total;
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Slice<T> slice = loader.load(first, size);
        total = slice.total();
        setRowCount((int) total);
        return slice.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }
}
