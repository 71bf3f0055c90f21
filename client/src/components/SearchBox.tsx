import { useId } from 'react';
import { SearchIcon } from './Icons';

interface SearchBoxProps {
  /** The accessible name, e.g. "Search links". */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search field at the head of a list. */
export function SearchBox({ label, placeholder, value, onChange }: SearchBoxProps) {
  const id = useId();
  return (
    <div className="search">
      <SearchIcon />
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
      />
    </div>
  );
}
