/** Up to nine photos: thumbnails with a remove button, and a tile that opens the camera or album. */
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

export interface PickedPhoto {
  fileID: string;
  url: string;
}

interface Props {
  photos: PickedPhoto[];
  max: number;
  uploading: number;
  onAdd: () => void;
  onRemove: (fileID: string) => void;
}

export function PhotoPicker({ photos, max, uploading, onAdd, onRemove }: Props) {
  return (
    <View className="lx-photos">
      {photos.map((p) => (
        <View key={p.fileID} className="lx-photos__cell">
          <Image
            className="lx-photos__img"
            src={p.url}
            mode="aspectFill"
            onClick={() => void Taro.previewImage({ urls: photos.map((x) => x.url), current: p.url })}
          />
          <View className="lx-photos__remove" aria-label="删除照片" onClick={() => onRemove(p.fileID)}>
            ×
          </View>
        </View>
      ))}
      {uploading > 0 ? (
        <View className="lx-photos__cell lx-photos__add">
          <Text className="lx-photos__add-text">上传中…</Text>
        </View>
      ) : photos.length < max ? (
        <View className="lx-photos__cell lx-photos__add" onClick={onAdd}>
          <Text className="lx-photos__plus">+</Text>
          <Text className="lx-photos__add-text">添加照片</Text>
        </View>
      ) : null}
    </View>
  );
}
